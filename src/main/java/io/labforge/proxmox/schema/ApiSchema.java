package io.labforge.proxmox.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The official Proxmox VE 9.1 API schema (pve-docs apidata.js, shipped as a resource) and a checker that
 * judges a request the way pveproxy does: unknown path or method → 501, bad parameters → 400 with a
 * per-parameter {@code errors} map. Used by the sandbox for every request and by contract tests of the client.
 */
public final class ApiSchema {

    private static final String RESOURCE = "pve-api-schema.json";

    private final PathIndex paths;

    private ApiSchema(JsonNode tree) {
        this.paths = new PathIndex(tree);
    }

    /** The shipped schema, parsed once on first use. */
    public static ApiSchema pve() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final ApiSchema INSTANCE = load();

        private static ApiSchema load() {
            try (InputStream in = ApiSchema.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("resource " + RESOURCE + " missing from the classpath");
                }
                return new ApiSchema(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the Proxmox API schema", e);
            }
        }
    }

    /** The schema path a concrete path belongs to, e.g. {@code /nodes/pve1/qemu/105/config} → {@code /nodes/{node}/qemu/{vmid}/config}. */
    public Optional<String> template(String path) {
        return paths.resolve(path).map(PathIndex.Match::template);
    }

    /** The method entry for a concrete path, with its bound path parameters, if the schema has it. */
    public Optional<Endpoint> endpoint(String method, String path) {
        return endpoint(method, paths.resolve(path));
    }

    /**
     * The method entry for a path given as percent-decoded segments (the way pveproxy matches a request, so a
     * parameter may hold an escaped {@code /}, e.g. the CIDR of an IP-set entry).
     */
    public Optional<Endpoint> endpoint(String method, List<String> segments) {
        return endpoint(method, paths.resolve(segments));
    }

    private static Optional<Endpoint> endpoint(String method, Optional<PathIndex.Match> match) {
        return match
                .filter(m -> m.info().has(method.toUpperCase()))
                .map(m -> new Endpoint(m.template(), method.toUpperCase(), m.info().get(method.toUpperCase()), m.pathParams()));
    }

    /**
     * Checks one request. {@code params} holds query and body parameters (path parameters are taken from the
     * path); values are strings, numbers or booleans (JSON bodies), or lists for repeated keys and arrays.
     */
    public Violations check(String method, String path, Map<String, ?> params) {
        return check(method, path, paths.resolve(path), params);
    }

    /** {@link #check(String, String, Map)} for a path given as percent-decoded segments. */
    public Violations check(String method, List<String> segments, Map<String, ?> params) {
        return check(method, "/" + String.join("/", segments), paths.resolve(segments), params);
    }

    private static Violations check(String method, String path, Optional<PathIndex.Match> match, Map<String, ?> params) {
        String verb = method.toUpperCase();
        if (match.isEmpty()) {
            return Violations.notImplemented(Violations.Problem.UNKNOWN_PATH, verb, path);
        }
        JsonNode info = match.get().info().get(verb);
        if (info == null) {
            return Violations.notImplemented(Violations.Problem.METHOD_NOT_ALLOWED, verb, path);
        }
        Map<String, Object> all = new LinkedHashMap<>(params);
        all.putAll(match.get().pathParams());
        return Violations.ofErrors(checkParameters(info.path("parameters"), all));
    }

    private static Map<String, String> checkParameters(JsonNode parameters, Map<String, Object> values) {
        JsonNode properties = parameters.path("properties");
        boolean additional = !parameters.has("additionalProperties") || parameters.get("additionalProperties").asBoolean();
        Map<String, String> errors = new TreeMap<>();
        for (Map.Entry<String, Object> e : values.entrySet()) {
            String name = e.getKey();
            JsonNode schema = property(properties, name);
            if (schema == null) {
                if (!additional) {
                    errors.put(name, "property is not defined in schema and the schema does not allow additional properties");
                }
                continue;
            }
            String problem = ValueChecker.check(schema, e.getValue());
            if (problem != null) {
                errors.put(name, problem);
            }
        }
        for (Map.Entry<String, JsonNode> e : properties.properties()) {
            boolean optional = e.getValue().path("optional").asBoolean(false);
            if (!optional && !e.getKey().endsWith("[n]") && !values.containsKey(e.getKey())) {
                errors.put(e.getKey(), "property is missing and it is not optional");
            }
        }
        return errors;
    }

    private static JsonNode property(JsonNode properties, String name) {
        JsonNode direct = properties.get(name);
        if (direct != null) {
            return direct;
        }
        String indexed = IndexedNames.schemaName(name);
        if (indexed == null || !properties.has(indexed)) {
            return null;
        }
        JsonNode schema = properties.get(indexed);
        return IndexedNames.inRange(name, indexed, schema.path("description").asText()) ? schema : null;
    }
}
