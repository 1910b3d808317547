package io.labforge.sandbox.resource;

import io.labforge.proxmox.schema.Endpoint;
import io.labforge.sandbox.auth.Identity;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One authenticated, schema-checked API call as a resource handler sees it.
 *
 * @param endpoint the schema endpoint (template, method, path parameters)
 * @param params   query and body parameters plus path parameters; strings, JSON scalars, or lists
 * @param identity who is calling
 */
public record ApiCall(Endpoint endpoint, Map<String, Object> params, Identity identity) {

    public String node() {
        return str("node");
    }

    public int vmid() {
        return integer("vmid");
    }

    public Optional<String> opt(String name) {
        Object v = params.get(name);
        if (v instanceof List<?> list) {
            v = list.isEmpty() ? null : list.get(0);
        }
        return v == null ? Optional.empty() : Optional.of(String.valueOf(v));
    }

    public String str(String name) {
        return opt(name).orElseThrow(() -> ApiException.param(name, "property is missing and it is not optional"));
    }

    public int integer(String name) {
        return Integer.parseInt(str(name).replace("+", ""));
    }

    public int integer(String name, int fallback) {
        return opt(name).map(s -> Integer.parseInt(s.replace("+", ""))).orElse(fallback);
    }

    /** Booleans arrive as 1/0 (form) or true/false (JSON). */
    public boolean flag(String name) {
        return opt(name).map(v -> v.equals("1") || v.equals("true")).orElse(false);
    }

    public boolean has(String name) {
        return params.containsKey(name);
    }
}
