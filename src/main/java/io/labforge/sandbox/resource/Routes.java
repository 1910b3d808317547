package io.labforge.sandbox.resource;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Handlers by method and schema path template; each resource class registers its part of the URL tree. */
public final class Routes {

    /** Handles one call; the result becomes the {@code data} of the answer. */
    @FunctionalInterface
    public interface Handler {
        Object handle(ApiCall call);
    }

    private final Map<String, Handler> handlers = new HashMap<>();

    public Routes on(String method, String template, Handler handler) {
        if (handlers.putIfAbsent(method + " " + template, handler) != null) {
            throw new IllegalStateException("two handlers for " + method + " " + template);
        }
        return this;
    }

    public Optional<Handler> find(String method, String template) {
        return Optional.ofNullable(handlers.get(method + " " + template));
    }

    public int size() {
        return handlers.size();
    }
}
