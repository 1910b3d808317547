package io.labforge.proxmox.schema;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Map;

/**
 * One method of one schema path, with the path parameters a concrete URL bound.
 *
 * @param template   the schema path, e.g. {@code /nodes/{node}/qemu/{vmid}/config}
 * @param method     GET, POST, PUT or DELETE
 * @param info       the schema's method entry (parameters, permissions, returns, protected, proxyto...)
 * @param pathParams values bound by the concrete path, e.g. {@code node=pve1, vmid=105}
 */
public record Endpoint(String template, String method, JsonNode info, Map<String, String> pathParams) {

    public Endpoint {
        pathParams = Map.copyOf(pathParams);
    }

    /** The schema's {@code name} of the method, e.g. {@code clone_vm}. */
    public String name() {
        return info.path("name").asText("");
    }

    /** {@code allowtoken: 0} methods refuse API tokens (e.g. POST /access/ticket). */
    public boolean allowsToken() {
        return info.path("allowtoken").asInt(1) != 0;
    }

    /** The permission check expression, or a missing node when the method has none. */
    public JsonNode permissions() {
        return info.path("permissions");
    }
}
