package io.labforge.deploy.provision;

import io.labforge.model.Lab;

import java.util.List;
import java.util.Map;

/** The reference lab built with the other flavors: OPNsense, kubeadm, MariaDB. */
final class OtherFlavors {

    private OtherFlavors() {
    }

    static Lab lab() {
        Lab lab = Homelab.lab().withName("other");
        lab = lab.updateNode("fw1", n -> n.withFlavor("opnsense"));
        for (String id : List.of("k8s-cp1", "k8s-cp2", "k8s-cp3", "k8s-w1", "k8s-w2")) {
            lab = lab.updateNode(id, n -> n.withFlavor("kubeadm"));
        }
        lab = lab.updateNode("k8s-cp1", n -> n.withRole(Map.of("podCidr", "172.16.0.0/16", "serviceCidr", "172.20.0.0/16")));
        lab = lab.updateNode("k8s-w1", n -> n.withRole(Map.of("labels", List.of("tier=web"))));
        return lab.updateNode("db1", n -> n.withFlavor("mariadb").withRole(Map.of(
                "databases", List.of("wiki", "metrics"),
                "allowFrom", List.of("k8s", "mon1"),
                "users", List.of(
                        Map.of("name", "wiki", "databases", List.of("wiki"), "from", List.of("k8s")),
                        Map.of("name", "grafana", "databases", List.of("metrics", "wiki"))))));
    }

    static RenderedLab render() {
        return Homelab.render(lab());
    }

    static String file(RenderedLab r, String owner, String name) {
        return r.filesOf(owner).stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(owner + "/" + name + " was not rendered; errors " + r.errors())).content();
    }
}
