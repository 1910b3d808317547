package io.labforge.proxmox.fake;

import java.util.List;
import java.util.Map;

/** A request as the fake server received it; parameters are decoded (query and form body merged). */
public record FakeRequest(String method, String path, Map<String, List<String>> params, Map<String, String> headers, String rawBody,
                          String rawQuery) {

    public String param(String key) {
        List<String> v = params.get(key);
        return v == null ? null : v.get(0);
    }

    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** Path below {@code /api2/json}. */
    public String apiPath() {
        return path.startsWith("/api2/json") ? path.substring("/api2/json".length()) : path;
    }
}
