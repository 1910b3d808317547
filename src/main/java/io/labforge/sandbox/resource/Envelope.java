package io.labforge.sandbox.resource;

import java.util.Map;

/**
 * A handler result with extra top-level fields beside {@code data}, e.g. {@code total} of a task log or
 * {@code changes} of the network index.
 */
public record Envelope(Object data, Map<String, Object> extra) {
}
