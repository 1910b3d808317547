package io.labforge.deploy.provision;

import io.labforge.model.Node;
import io.labforge.shell.ShellQuote;

import java.util.List;

/**
 * The pod network a kubeadm cluster gets ({@code role.cni} on the first control plane): Flannel
 * (default) or Calico from their pinned release manifests, with the pod CIDR written in; or
 * {@code none} to install one yourself.
 */
enum Cni {
    FLANNEL("flannel", "https://github.com/flannel-io/flannel/releases/download/v0.26.1/kube-flannel.yml"),
    CALICO("calico", "https://raw.githubusercontent.com/projectcalico/calico/v3.28.2/manifests/calico.yaml"),
    NONE("none", null);

    static final String MANIFEST = "/etc/kubernetes/labforge/cni.yaml";

    private final String id;
    private final String url;

    Cni(String id, String url) {
        this.id = id;
        this.url = url;
    }

    String id() {
        return id;
    }

    String url() {
        return url;
    }

    static Cni of(RoleSettings firstControlPlane) {
        String want = firstControlPlane.string("cni").orElse(FLANNEL.id);
        for (Cni c : values()) {
            if (c.id.equals(want)) {
                return c;
            }
        }
        throw firstControlPlane.error("cni", "must be flannel, calico or none", want);
    }

    /** Flannel's VXLAN backend needs room for a /24 per node. */
    void checkPodCidr(String podCidr, Node first) {
        if (this == FLANNEL && Addressing.prefix(podCidr) > 22) {
            throw new RenderException("node '" + first.id() + "': role.podCidr " + podCidr
                    + " is too small for Flannel, which gives every node a /24; use /22 or larger, e.g. 10.244.0.0/16");
        }
    }

    /** Download, set the pod CIDR, apply. The CIDR was checked as a.b.c.d/n, so it holds no sed metacharacter but '/' and '.'. */
    List<String> applyLines(String podCidr) {
        if (this == NONE) {
            return List.of("echo 'role.cni is none: install a pod network yourself; nodes stay NotReady until then'");
        }
        String edit = switch (this) {
            case FLANNEL -> "s|10\\.244\\.0\\.0/16|" + podCidr + "|";
            case CALICO -> "s|# - name: CALICO_IPV4POOL_CIDR|- name: CALICO_IPV4POOL_CIDR|; s|#   value: \"192\\.168\\.0\\.0/16\"|  value: \""
                    + podCidr + "\"|";
            case NONE -> throw new IllegalStateException();
        };
        return List.of(
                "install -d -m 0700 /etc/kubernetes/labforge",
                "curl -fsSL " + ShellQuote.quote(url) + " -o " + MANIFEST + ".orig",
                "sed -e " + ShellQuote.quote(edit) + " " + MANIFEST + ".orig > " + MANIFEST,
                "kubectl --kubeconfig /etc/kubernetes/admin.conf apply -f " + MANIFEST);
    }
}
