package io.labforge.deploy.provision;

import io.labforge.model.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One load-balancer frontend from the role: {@code port}, optional {@code name}, {@code mode}
 * ({@code tcp} by default, or {@code http}), {@code backends} (node ids) and {@code backendPort}
 * (default: the same port).
 */
record Frontend(String name, int port, String mode, List<Node> backends, int backendPort) {

    static List<Frontend> of(Node lb, LabFacts facts) {
        List<Frontend> out = new ArrayList<>();
        for (RoleSettings f : new RoleSettings(lb).objects("frontends")) {
            int port = f.port("port");
            String mode = f.string("mode").orElse("tcp").toLowerCase(Locale.ROOT);
            if (!mode.equals("tcp") && !mode.equals("http")) {
                throw f.error("mode", "must be tcp or http", mode);
            }
            String name = f.string("name").orElse("port" + port);
            if (!name.matches("[A-Za-z0-9_.-]{1,64}")) {
                throw f.error("name", "may only hold letters, digits, '.', '_' and '-'", name);
            }
            List<Node> backends = new ArrayList<>();
            for (String id : f.strings("backends")) {
                backends.add(facts.lab().node(id).orElseThrow(() -> f.error("backends",
                        "names a node the lab does not have", id)));
            }
            if (backends.isEmpty()) {
                throw f.error("backends", "must list at least one node id", "[]");
            }
            int backendPort = f.integer("backendPort").isPresent() ? f.port("backendPort") : port;
            out.add(new Frontend(name, port, mode, backends, backendPort));
        }
        return out;
    }
}
