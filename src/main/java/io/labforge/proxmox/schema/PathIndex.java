package io.labforge.proxmox.schema;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Resolves concrete paths ({@code /nodes/pve1/qemu/105}) to schema path nodes; literal segments win over variables. */
final class PathIndex {

    /** A matched schema path node and the variables it bound. */
    record Match(String template, JsonNode info, Map<String, String> pathParams) {
    }

    private static final class Segment {
        final Map<String, Segment> literals = new HashMap<>();
        Segment variable;
        String variableName;
        String template;
        JsonNode info;
    }

    private final Segment root = new Segment();

    PathIndex(JsonNode tree) {
        add(tree);
    }

    private void add(JsonNode nodes) {
        for (JsonNode node : nodes) {
            String template = node.path("path").asText();
            Segment seg = root;
            for (String part : split(template)) {
                if (part.startsWith("{") && part.endsWith("}")) {
                    if (seg.variable == null) {
                        seg.variable = new Segment();
                        seg.variableName = part.substring(1, part.length() - 1);
                    }
                    seg = seg.variable;
                } else {
                    seg = seg.literals.computeIfAbsent(part, k -> new Segment());
                }
            }
            seg.template = template;
            seg.info = node.path("info");
            add(node.path("children"));
        }
    }

    Optional<Match> resolve(String path) {
        return resolve(List.of(split(path)));
    }

    /**
     * Resolves a path given as its segments, each already percent-decoded: a value such as
     * {@code 10.0.0.0/24} sent as {@code 10.0.0.0%2F24} stays one segment, as pveproxy splits before unescaping.
     */
    Optional<Match> resolve(List<String> segments) {
        Map<String, String> bound = new LinkedHashMap<>();
        Segment found = walk(root, segments.toArray(String[]::new), 0, bound);
        return found == null ? Optional.empty() : Optional.of(new Match(found.template, found.info, bound));
    }

    private static Segment walk(Segment seg, String[] parts, int i, Map<String, String> bound) {
        if (i == parts.length) {
            return seg.template == null ? null : seg;
        }
        Segment literal = seg.literals.get(parts[i]);
        if (literal != null) {
            Segment hit = walk(literal, parts, i + 1, bound);
            if (hit != null) {
                return hit;
            }
        }
        if (seg.variable != null && !parts[i].isEmpty()) {
            bound.put(seg.variableName, parts[i]);
            Segment hit = walk(seg.variable, parts, i + 1, bound);
            if (hit != null) {
                return hit;
            }
            bound.remove(seg.variableName);
        }
        return null;
    }

    private static String[] split(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p.isEmpty() ? new String[0] : p.split("/", -1);
    }
}
