package io.labforge.deploy.provision;

import io.labforge.model.Node;
import io.labforge.shell.ShellQuote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * k3s: the first control plane starts the cluster ({@code cluster-init}) with the load balancer's
 * address as a TLS SAN; the other control planes and the workers join through the load balancer's
 * API endpoint. The first server's token is a per-lab secret; joining nodes get the full token
 * (which pins the cluster CA) copied from the first server at deploy time.
 */
final class K3sRole implements Role {

    static final String CONFIG = "/etc/rancher/k3s/config.yaml";
    static final String TOKEN = "/etc/labforge/secrets/k3s-token";
    static final String JOIN_TOKEN = "/etc/labforge/secrets/k3s-join-token";
    static final String SERVER_TOKEN = "/var/lib/rancher/k3s/server/token";
    static final int API_PORT = 6443;

    @Override
    public boolean appliesTo(Node node, LabFacts facts) {
        return (node.kind().equals("k8s-control-plane") || node.kind().equals("k8s-worker")) && "k3s".equals(facts.flavor(node));
    }

    @Override
    public RoleOutput render(Node node, LabFacts facts) {
        Node first = facts.firstOfKind("k8s-control-plane").orElseThrow(() ->
                new RenderException("node '" + node.id() + "': the lab has no k8s-control-plane to join"));
        if (!"k3s".equals(facts.flavor(first))) {
            throw new RenderException("node '" + node.id() + "' uses k3s but the first control plane '" + first.id()
                    + "' uses " + facts.flavor(first) + "; give every Kubernetes node the same flavor");
        }
        boolean server = node.kind().equals("k8s-control-plane");
        boolean init = node.id().equals(first.id());
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("token-file", init ? TOKEN : JOIN_TOKEN);
        List<String> ips = facts.staticIps(node);
        if (!ips.isEmpty()) {
            config.put("node-ip", facts.addressFrom(first, node).orElse(ips.get(0)));
        }
        Optional<Node> lb = apiLoadBalancer(facts);
        if (init) {
            config.put("cluster-init", true);
        } else {
            String endpoint = lb.map(l -> facts.requireAddressFrom(node, l, "Kubernetes API endpoint"))
                    .orElseGet(() -> facts.requireAddressFrom(node, first, "first control plane"));
            config.put("server", "https://" + endpoint + ":" + API_PORT);
        }
        if (server) {
            List<String> sans = new ArrayList<>();
            lb.ifPresent(l -> sans.addAll(facts.staticIps(l)));
            sans.add(node.effectiveHostname());
            config.put("tls-san", sans);
            config.put("write-kubeconfig-mode", "0600");
            RoleSettings role = new RoleSettings(first);
            role.string("podCidr").ifPresent(c -> config.put("cluster-cidr", Addressing.checkCidr("node '" + first.id() + "': role.podCidr", c)));
            role.string("serviceCidr").ifPresent(c -> config.put("service-cidr", Addressing.checkCidr("node '" + first.id() + "': role.serviceCidr", c)));
        } else {
            List<String> labels = new RoleSettings(node).strings("labels");
            if (!labels.isEmpty()) {
                config.put("node-label", labels);
            }
        }
        RoleOutput out = new RoleOutput().packages("curl")
                .file(GeneratedFile.config(node.id(), "k3s-config.yaml", Role.header(facts, node, "#") + Yaml.write(config), CONFIG)
                        .withMode(0600));
        out.secret(init ? SecretFile.generated("k3s-token", TOKEN)
                : SecretFile.copiedFrom("k3s-join-token", JOIN_TOKEN, first.id(), SERVER_TOKEN));
        String version = new RoleSettings(first).string("version").orElse("");
        if (!version.isEmpty() && !version.matches("v\\d+\\.\\d+\\.\\d+\\+k3s\\d+")) {
            throw new RenderException("node '" + first.id() + "': role.version '" + version + "' is not a k3s release like v1.30.4+k3s1");
        }
        String service = server ? "k3s" : "k3s-agent";
        out.step(new ScriptStep(init ? "start the Kubernetes cluster (k3s server, cluster-init)"
                : server ? "join the cluster as a control plane" : "join the cluster as a worker", List.of(
                "if [ ! -x /usr/local/bin/k3s ]; then",
                "  curl -sfL https://get.k3s.io -o /tmp/k3s-install.sh",
                "  INSTALL_K3S_VERSION=" + ShellQuote.quote(version) + " INSTALL_K3S_EXEC=" + (server ? "server" : "agent")
                        + " sh /tmp/k3s-install.sh",
                "else",
                "  systemctl restart " + service,
                "fi")));
        if (server) {
            out.step(ScriptStep.of("wait for the API server",
                    "i=0; until k3s kubectl get --raw /readyz >/dev/null 2>&1; do i=$((i+1));"
                            + " [ $i -lt 100 ] || { echo 'API server not ready after 5 minutes' >&2; exit 1; }; sleep 3; done",
                    "k3s kubectl get nodes -o wide"));
        }
        return out;
    }

    /** The load balancer with a frontend on the API port whose backends are control planes. */
    static Optional<Node> apiLoadBalancer(LabFacts facts) {
        for (Node lb : facts.ofKind("load-balancer")) {
            for (Frontend f : Frontend.of(lb, facts)) {
                if (f.port() == API_PORT && f.backends().stream().anyMatch(b -> b.kind().equals("k8s-control-plane"))) {
                    return Optional.of(lb);
                }
            }
        }
        return Optional.empty();
    }
}
