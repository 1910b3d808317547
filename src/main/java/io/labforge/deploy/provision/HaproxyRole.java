package io.labforge.deploy.provision;

import io.labforge.model.Node;

import java.util.List;

/** HAProxy from the load balancer's frontends: round-robin backends with health checks, and a stats page. */
final class HaproxyRole implements Role {

    static final String CONFIG = "/etc/haproxy/haproxy.cfg";
    static final int STATS_PORT = 8404;

    @Override
    public boolean appliesTo(Node node, LabFacts facts) {
        return node.kind().equals("load-balancer");
    }

    @Override
    public RoleOutput render(Node lb, LabFacts facts) {
        return new RoleOutput()
                .packages("haproxy")
                .file(GeneratedFile.config(lb.id(), "haproxy.cfg", config(lb, facts), CONFIG))
                .step(ScriptStep.of("check and reload HAProxy",
                        "haproxy -c -f " + CONFIG,
                        "systemctl enable haproxy",
                        "systemctl reload-or-restart haproxy"))
                .service("haproxy");
    }

    String config(Node lb, LabFacts facts) {
        List<Frontend> frontends = Frontend.of(lb, facts);
        StringBuilder b = new StringBuilder(Role.header(facts, lb, "#"));
        b.append("""
                global
                    log /dev/log local0
                    chroot /var/lib/haproxy
                    stats socket /run/haproxy/admin.sock mode 660 level admin
                    user haproxy
                    group haproxy
                    daemon
                    maxconn 4096

                defaults
                    log global
                    mode tcp
                    option dontlognull
                    timeout connect 5s
                    timeout client 1m
                    timeout server 1m
                    timeout check 5s

                listen stats
                    bind :%d
                    mode http
                    stats enable
                    stats uri /stats
                    stats refresh 10s
                """.formatted(STATS_PORT));
        for (Frontend f : frontends) {
            b.append("\nfrontend ").append(f.name()).append('\n')
                    .append("    bind :").append(f.port()).append('\n')
                    .append("    mode ").append(f.mode()).append('\n')
                    .append(f.mode().equals("http") ? "    option httplog\n    option forwardfor\n" : "    option tcplog\n")
                    .append("    default_backend ").append(f.name()).append("_servers\n");
            b.append("\nbackend ").append(f.name()).append("_servers\n")
                    .append("    mode ").append(f.mode()).append('\n')
                    .append("    balance roundrobin\n")
                    .append("    default-server inter 5s fall 3 rise 2\n");
            for (Node backend : f.backends()) {
                if (!Names.isHostname(backend.id())) {
                    throw new RenderException("node '" + backend.id() + "' cannot be a HAProxy server name;"
                            + " use letters, digits and hyphens");
                }
                String ip = facts.requireAddressFrom(lb, backend, "backend of " + f.name());
                b.append("    server ").append(backend.id()).append(' ').append(ip).append(':')
                        .append(f.backendPort()).append(" check\n");
            }
        }
        return b.toString();
    }
}
