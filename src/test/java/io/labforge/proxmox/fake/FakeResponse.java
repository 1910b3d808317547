package io.labforge.proxmox.fake;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.Map;

/** What the fake server answers: status, reason phrase and body — or a dropped connection. */
public record FakeResponse(int status, String reason, String body, boolean drop) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public static FakeResponse data(Object data) {
        try {
            return new FakeResponse(200, "OK", JSON.writeValueAsString(Map.of("data", data)), false);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static FakeResponse nullData() {
        return new FakeResponse(200, "OK", "{\"data\":null}", false);
    }

    /** An error as PVE 9 sends it: reason phrase plus {@code message} (and {@code errors}) in the body. */
    public static FakeResponse error(int status, String message, Map<String, String> errors) {
        try {
            var body = new java.util.LinkedHashMap<String, Object>();
            body.put("data", null);
            body.put("message", message + "\n");
            if (!errors.isEmpty()) {
                body.put("errors", errors);
            }
            return new FakeResponse(status, message.lines().findFirst().orElse(""), JSON.writeValueAsString(body), false);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static FakeResponse error(int status, String message) {
        return error(status, message, Map.of());
    }

    /** An error as PVE before 8.3 sends it: the text only in the reason phrase. */
    public static FakeResponse reasonOnly(int status, String reason) {
        return new FakeResponse(status, reason, "{\"data\":null}", false);
    }

    /** Close the connection without answering (a reset keep-alive connection, a crashed proxy). */
    public static FakeResponse dropConnection() {
        return new FakeResponse(0, "", "", true);
    }
}
