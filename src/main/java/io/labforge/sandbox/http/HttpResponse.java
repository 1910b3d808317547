package io.labforge.sandbox.http;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One HTTP response. PVE carries the error message in the reason phrase, so the reason is free text here.
 *
 * @param status  status code, including PVE's 59x codes
 * @param reason  reason phrase (first line of the message only)
 * @param headers extra headers (e.g. Set-Cookie)
 * @param body    JSON body
 * @param drop    close the connection without answering (a simulated dropped connection)
 */
public record HttpResponse(int status, String reason, Map<String, String> headers, byte[] body, boolean drop) {

    public HttpResponse {
        headers = Map.copyOf(headers);
        reason = reason.lines().findFirst().orElse("").replaceAll("[\\r\\n]", " ");
    }

    public static HttpResponse json(int status, String reason, String json) {
        return new HttpResponse(status, reason, Map.of(), json.getBytes(StandardCharsets.UTF_8), false);
    }

    public static HttpResponse dropped() {
        return new HttpResponse(0, "", Map.of(), new byte[0], true);
    }

    public HttpResponse withHeaders(Map<String, String> more) {
        java.util.Map<String, String> all = new java.util.HashMap<>(headers);
        all.putAll(more);
        return new HttpResponse(status, reason, all, body, drop);
    }
}
