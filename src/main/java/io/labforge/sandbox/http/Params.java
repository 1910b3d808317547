package io.labforge.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Request parameters as pve-http-server extracts them: urlencoded pairs split on both {@code &} and {@code ;},
 * {@code +} as space, repeated keys as arrays; JSON bodies as values; query parameters override the body.
 */
public final class Params {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Params() {
    }

    /** Thrown for a body that cannot be decoded (PVE answers 400). */
    public static final class BadBody extends Exception {
        public BadBody(String message) {
            super(message);
        }
    }

    public static Map<String, Object> of(HttpRequest request) throws BadBody {
        Map<String, Object> params = new LinkedHashMap<>();
        if (request.body().length > 0) {
            String type = String.valueOf(request.header("content-type")).toLowerCase(Locale.ROOT);
            if (type.startsWith("application/json")) {
                params.putAll(json(request.body()));
            } else {
                params.putAll(urlencoded(new String(request.body(), StandardCharsets.UTF_8)));
            }
        }
        params.putAll(urlencoded(request.rawQuery()));
        return params;
    }

    public static Map<String, Object> urlencoded(String text) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String pair : text.split("[&;]")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] kv = pair.split("=", -1);
            String key = decode(kv[0], true);
            String value = kv.length > 1 ? decode(kv[1], true) : ""; // text after a second raw '=' is lost, as on PVE
            out.merge(key, value, Params::append);
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Object append(Object existing, Object more) {
        List<Object> list = existing instanceof List<?> l ? new ArrayList<>((List<Object>) l) : new ArrayList<>(List.of(existing));
        list.add(more);
        return list;
    }

    /** Percent-decoding; {@code plusIsSpace} for form values (not for path segments). */
    public static String decode(String text, boolean plusIsSpace) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 2 < text.length() && isHex(text.charAt(i + 1)) && isHex(text.charAt(i + 2))) {
                out.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 2;
            } else if (c == '+' && plusIsSpace) {
                out.write(' ');
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }

    private static Map<String, Object> json(byte[] body) throws BadBody {
        JsonNode root;
        try {
            root = JSON.readTree(body);
        } catch (IOException e) {
            throw new BadBody("unable to parse JSON body");
        }
        if (root == null || !root.isObject()) {
            throw new BadBody("JSON body must be an object");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : root.properties()) {
            out.put(e.getKey(), scalar(e.getValue()));
        }
        return out;
    }

    private static Object scalar(JsonNode v) {
        if (v.isArray()) {
            List<Object> list = new ArrayList<>();
            v.forEach(item -> list.add(scalar(item)));
            return list;
        }
        if (v.isBoolean()) {
            return v.booleanValue();
        }
        if (v.isIntegralNumber()) {
            return v.longValue();
        }
        if (v.isNumber()) {
            return v.doubleValue();
        }
        return v.isNull() ? "" : v.asText();
    }
}
