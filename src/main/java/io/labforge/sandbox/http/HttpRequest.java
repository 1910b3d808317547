package io.labforge.sandbox.http;

import java.util.Map;

/**
 * One parsed HTTP request.
 *
 * @param method  upper-case method
 * @param target  the request target as sent (path and query, still percent-encoded)
 * @param headers header names in lower case; repeated headers joined with ", "
 * @param body    raw body bytes (empty when none)
 */
public record HttpRequest(String method, String target, Map<String, String> headers, byte[] body) {

    public HttpRequest {
        headers = Map.copyOf(headers);
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** Path part of the target, still encoded. */
    public String rawPath() {
        int q = target.indexOf('?');
        return q < 0 ? target : target.substring(0, q);
    }

    /** Query part of the target without '?', or empty. */
    public String rawQuery() {
        int q = target.indexOf('?');
        return q < 0 ? "" : target.substring(q + 1);
    }
}
