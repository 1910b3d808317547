package io.labforge.validate.rules;

import io.labforge.model.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a load balancer's {@code role.frontends}: a list of {@code {port, backends: [node ids]}}.
 * Lenient: entries of the wrong shape are skipped here and reported by LF505.
 */
final class Frontends {

    static final String KEY = "frontends";

    record Frontend(int index, int port, List<String> backends) {
    }

    private Frontends() {
    }

    static List<Frontend> of(Node node) {
        if (!(node.role().get(KEY) instanceof List<?> list)) {
            return List.of();
        }
        List<Frontend> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof Map<?, ?> m && m.get("port") instanceof Number port) {
                List<String> backends = new ArrayList<>();
                if (m.get("backends") instanceof List<?> b) {
                    b.stream().filter(String.class::isInstance).map(String.class::cast).forEach(backends::add);
                }
                out.add(new Frontend(i, port.intValue(), backends));
            }
        }
        return out;
    }

    static boolean hasFrontends(Node node) {
        return node.role().containsKey(KEY);
    }
}
