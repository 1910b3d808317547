package io.labforge.deploy.provision;

import io.labforge.model.Node;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed reads of a node's free-form {@code role} map, with errors that name the node and key. */
final class RoleSettings {

    private final Node node;
    private final Map<String, Object> map;
    private final String path;

    RoleSettings(Node node) {
        this(node, node.role(), "role");
    }

    private RoleSettings(Node node, Map<String, Object> map, String path) {
        this.node = node;
        this.map = map;
        this.path = path;
    }

    Optional<String> string(String key) {
        Object v = map.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Map || v instanceof List) {
            throw error(key, "must be a single value", v);
        }
        return Optional.of(v.toString());
    }

    Optional<Integer> integer(String key) {
        Object v = map.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Number n) {
            return Optional.of(n.intValue());
        }
        try {
            return Optional.of(Integer.parseInt(v.toString().trim()));
        } catch (NumberFormatException e) {
            throw error(key, "must be a whole number", v);
        }
    }

    int port(String key) {
        int p = integer(key).orElseThrow(() -> new RenderException(where(key) + " is missing (a TCP port, 1-65535)"));
        if (p < 1 || p > 65535) {
            throw error(key, "must be a port between 1 and 65535", p);
        }
        return p;
    }

    Optional<Boolean> bool(String key) {
        Object v = map.get(key);
        if (v == null) {
            return Optional.empty();
        }
        if (v instanceof Boolean b) {
            return Optional.of(b);
        }
        String s = v.toString().trim().toLowerCase();
        if (s.equals("true") || s.equals("false")) {
            return Optional.of(Boolean.parseBoolean(s));
        }
        throw error(key, "must be true or false", v);
    }

    /** A list of plain values; a single value counts as a list of one. */
    List<String> strings(String key) {
        Object v = map.get(key);
        if (v == null) {
            return List.of();
        }
        if (v instanceof List<?> l) {
            for (Object o : l) {
                if (o instanceof Map || o instanceof List) {
                    throw error(key, "must be a list of plain values", v);
                }
            }
            return l.stream().map(String::valueOf).toList();
        }
        if (v instanceof Map) {
            throw error(key, "must be a list of plain values", v);
        }
        return List.of(v.toString());
    }

    /** A nested map of settings, if the key holds one. */
    @SuppressWarnings("unchecked")
    Optional<RoleSettings> object(String key) {
        Object v = map.get(key);
        if (v instanceof Map<?, ?> m) {
            return Optional.of(new RoleSettings(node, (Map<String, Object>) m, path + "." + key));
        }
        return Optional.empty();
    }

    boolean has(String key) {
        return map.containsKey(key);
    }

    /** A list of maps, each read through its own settings (errors name e.g. {@code role.frontends[1].port}). */
    @SuppressWarnings("unchecked")
    List<RoleSettings> objects(String key) {
        Object v = map.get(key);
        if (v == null) {
            return List.of();
        }
        if (!(v instanceof List<?> l)) {
            throw error(key, "must be a list", v);
        }
        java.util.ArrayList<RoleSettings> out = new java.util.ArrayList<>();
        for (int i = 0; i < l.size(); i++) {
            if (!(l.get(i) instanceof Map<?, ?> m)) {
                throw new RenderException(where(key + "[" + i + "]") + " must be a map of settings, got '" + l.get(i) + "'");
            }
            out.add(new RoleSettings(node, (Map<String, Object>) m, path + "." + key + "[" + i + "]"));
        }
        return out;
    }

    private String where(String key) {
        return "node '" + node.id() + "': " + path + "." + key;
    }

    RenderException error(String key, String what, Object got) {
        return new RenderException(where(key) + " " + what + ", got '" + got + "'");
    }
}
