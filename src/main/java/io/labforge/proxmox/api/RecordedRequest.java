package io.labforge.proxmox.api;

import java.util.List;
import java.util.Map;

/**
 * What a {@link RequestListener} sees of a request: method, path template and concrete path, and the
 * parameters with secret values masked. Never the Authorization header, ticket or CSRF token.
 */
public record RecordedRequest(String method, String pathTemplate, String path, Map<String, List<String>> params) {

    public RecordedRequest {
        params = Map.copyOf(params);
    }
}
