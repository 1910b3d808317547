package io.labforge.deploy.provision;

import io.labforge.model.Network;
import io.labforge.model.Node;
import io.labforge.shell.ShellQuote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * kubeadm: the first control plane runs {@code kubeadm init} with the load balancer's API frontend
 * as {@code controlPlaneEndpoint} and uploads the control-plane certificates (encrypted with the
 * certificate key); the other control planes join with {@code controlPlane:} and that key, the
 * workers join plainly, all through the load balancer. The bootstrap token and the certificate key
 * are derived on the guests from per-lab secrets; joining nodes pin the cluster CA by the hash the
 * first control plane publishes, copied at deploy time.
 */
final class KubeadmRole implements Role {

    static final String CONFIG = "/etc/kubernetes/labforge/kubeadm.yaml";
    static final String STAGED = "kubeadm-config.yaml";
    static final String CA_HASH_FILE = "/etc/labforge/kubeadm-ca-hash";
    static final String TOKEN_SEED = "kubeadm-token";
    static final String CERTIFICATE_SEED = "kubeadm-certificates";
    static final String DEFAULT_POD_CIDR = "10.244.0.0/16";
    static final String DEFAULT_SERVICE_CIDR = "10.96.0.0/12";

    @Override
    public boolean appliesTo(Node node, LabFacts facts) {
        return (node.kind().equals("k8s-control-plane") || node.kind().equals("k8s-worker")) && "kubeadm".equals(facts.flavor(node));
    }

    @Override
    public RoleOutput render(Node node, LabFacts facts) {
        Node first = facts.firstOfKind("k8s-control-plane").orElseThrow(() ->
                new RenderException("node '" + node.id() + "': the lab has no k8s-control-plane to join"));
        if (!"kubeadm".equals(facts.flavor(first))) {
            throw new RenderException("node '" + node.id() + "' uses kubeadm but the first control plane '" + first.id()
                    + "' uses " + facts.flavor(first) + "; give every Kubernetes node the same flavor");
        }
        RoleSettings settings = new RoleSettings(first);
        KubeadmVersion version = settings.string("version").map(v -> KubeadmVersion.parse(v, settings)).orElse(KubeadmVersion.DEFAULT);
        KubeadmConfig config = new KubeadmConfig(version);
        boolean server = node.kind().equals("k8s-control-plane");
        boolean init = node.id().equals(first.id());
        String nodeIp = server ? facts.requireAddressFrom(first, node, "Kubernetes API server address")
                : facts.addressFrom(first, node).orElse(null);
        KubeadmConfig.NodeRegistration registration = new KubeadmConfig.NodeRegistration(
                node.effectiveHostname().toLowerCase(Locale.ROOT), nodeIp, server ? List.of() : labels(node));
        String endpoint = apiEndpoint(node, first, facts);
        Cni cni = Cni.of(settings);
        String yaml;
        if (init) {
            String podCidr = cidr(first, facts, settings, "podCidr", DEFAULT_POD_CIDR);
            String serviceCidr = cidr(first, facts, settings, "serviceCidr", DEFAULT_SERVICE_CIDR);
            if (Addressing.overlaps(podCidr, serviceCidr)) {
                throw new RenderException("node '" + first.id() + "': role.podCidr " + podCidr + " overlaps role.serviceCidr " + serviceCidr);
            }
            List<String> sans = new ArrayList<>();
            K3sRole.apiLoadBalancer(facts).ifPresent(lb -> sans.addAll(facts.staticIps(lb)));
            sans.add(registration.name());
            yaml = KubeadmConfig.write(List.of(config.init(registration, K3sRole.API_PORT),
                    config.cluster(facts.slug(), endpoint, podCidr, serviceCidr, sans), KubeadmConfig.kubelet()));
            cni.checkPodCidr(podCidr, first);
        } else {
            yaml = KubeadmConfig.write(List.of(config.join(registration, endpoint, server, K3sRole.API_PORT)));
        }
        RoleOutput out = new RoleOutput().packages("curl", "gnupg", "ca-certificates", "openssl")
                .file(GeneratedFile.local(node.id(), STAGED, Role.header(facts, node, "#") + yaml).withMode(0600))
                .secret(SecretFile.generated(TOKEN_SEED, SecretTemplate.path(TOKEN_SEED)));
        if (server) {
            out.secret(SecretFile.generated(CERTIFICATE_SEED, SecretTemplate.path(CERTIFICATE_SEED)));
        }
        if (!init) {
            out.secret(SecretFile.copiedFrom(KubeadmConfig.CA_HASH, SecretTemplate.path(KubeadmConfig.CA_HASH), first.id(), CA_HASH_FILE));
        }
        KubeadmInstall.addTo(out, node, facts, version);
        out.step(new ScriptStep("derive the bootstrap token" + (server ? " and the certificate key" : ""), derive(server)));
        if (init) {
            out.step(new ScriptStep("start the Kubernetes cluster (kubeadm init, certificates uploaded)", initLines()));
            out.step(new ScriptStep("install the pod network (" + cni.id() + ")", cni.applyLines(cidr(first, facts, settings, "podCidr", DEFAULT_POD_CIDR))));
            out.step(ScriptStep.of("wait until this node is ready",
                    "kubectl --kubeconfig /etc/kubernetes/admin.conf wait --for=condition=Ready node/"
                            + ShellQuote.quote(registration.name()) + " --timeout=600s",
                    "kubectl --kubeconfig /etc/kubernetes/admin.conf get nodes -o wide"));
        } else {
            out.step(new ScriptStep(server ? "join the cluster as a control plane" : "join the cluster as a worker", joinLines(server)));
        }
        return out;
    }

    /** The load balancer's API frontend as seen from {@code node}; without one, the first control plane. */
    static String apiEndpoint(Node node, Node first, LabFacts facts) {
        Optional<Node> lb = K3sRole.apiLoadBalancer(facts);
        String host = lb.map(l -> facts.requireAddressFrom(node, l, "Kubernetes API endpoint"))
                .orElseGet(() -> facts.requireAddressFrom(node, first, "first control plane"));
        return host + ":" + K3sRole.API_PORT;
    }

    private static String cidr(Node first, LabFacts facts, RoleSettings settings, String key, String fallback) {
        String cidr = Addressing.checkCidr("node '" + first.id() + "': role." + key, settings.string(key).orElse(fallback));
        for (Network n : facts.lab().networks()) {
            if (n.cidr() != null && Addressing.overlaps(cidr, n.cidr())) {
                throw new RenderException("node '" + first.id() + "': role." + key + " " + cidr + " overlaps network '" + n.id()
                        + "' (" + n.cidr() + "); pick a range the lab does not use");
            }
        }
        return cidr;
    }

    private static List<String> labels(Node worker) {
        List<String> labels = new RoleSettings(worker).strings("labels");
        for (String l : labels) {
            if (!l.matches("[A-Za-z0-9]([A-Za-z0-9./_-]{0,250}[A-Za-z0-9])?=([A-Za-z0-9]([A-Za-z0-9._-]{0,61}[A-Za-z0-9])?)?")) {
                throw new RenderException("node '" + worker.id() + "': role.labels holds '" + l
                        + "'; a node label is key=value, e.g. tier=web");
            }
        }
        return labels;
    }

    /** Token {@code [a-z0-9]{6}.[a-z0-9]{16}} and 32-byte hex key from the seeds: read by sha256sum, never on a command line. */
    private static List<String> derive(boolean server) {
        List<String> lines = new ArrayList<>();
        for (String seed : server ? List.of(TOKEN_SEED, CERTIFICATE_SEED) : List.of(TOKEN_SEED)) {
            lines.add("[ -s " + SecretTemplate.path(seed) + " ] || { echo 'secret " + seed + " was not placed' >&2; exit 1; }");
        }
        lines.add("( umask 077");
        lines.add("  h=$({ printf 'bootstrap-token:'; cat " + SecretTemplate.path(TOKEN_SEED) + "; } | sha256sum | cut -c1-22)");
        lines.add("  printf '%s.%s\\n' \"$(echo \"$h\" | cut -c1-6)\" \"$(echo \"$h\" | cut -c7-22)\" > "
                + SecretTemplate.path(KubeadmConfig.TOKEN));
        if (server) {
            lines.add("  { printf 'certificate-key:'; cat " + SecretTemplate.path(CERTIFICATE_SEED) + "; } | sha256sum | cut -c1-64 > "
                    + SecretTemplate.path(KubeadmConfig.CERTIFICATE_KEY));
        }
        lines.add(")");
        return lines;
    }

    /** Filters kubeadm's output (it prints the token and key) before it reaches the deploy log. */
    private static final String REDACT = "redact() { awk -v tf=" + SecretTemplate.path(KubeadmConfig.TOKEN)
            + " -v kf=" + SecretTemplate.path(KubeadmConfig.CERTIFICATE_KEY) + " 'BEGIN { getline t < tf; getline k < kf;"
            + " split(t, p, \".\"); s = p[2] } { if (s != \"\") gsub(s, \"<redacted>\"); if (k != \"\") gsub(k, \"<redacted>\"); print }'; }";

    private static List<String> initLines() {
        List<String> lines = new ArrayList<>(SecretTemplate.fill(STAGED, CONFIG));
        lines.addAll(List.of(
                REDACT,
                "LOG=/var/log/labforge-kubeadm.log",
                "if [ ! -f /etc/kubernetes/admin.conf ]; then",
                "  ( umask 077; kubeadm init --config " + CONFIG + " --upload-certs > \"$LOG\" 2>&1 ) || { redact < \"$LOG\" >&2; exit 1; }",
                "else",
                "  # Already running: renew the join token and re-upload the certificates (both expire) for nodes added later.",
                "  kubeadm token delete \"$(cut -d. -f1 " + SecretTemplate.path(KubeadmConfig.TOKEN) + ")\" > /dev/null 2>&1 || true",
                "  ( umask 077; { kubeadm token create --config " + CONFIG + " && kubeadm init phase upload-certs --upload-certs --config "
                        + CONFIG + "; } > \"$LOG\" 2>&1 ) || { redact < \"$LOG\" >&2; exit 1; }",
                "fi",
                "redact < \"$LOG\" | tail -n 20",
                "install -d -m 0700 /root/.kube && ln -sf /etc/kubernetes/admin.conf /root/.kube/config",
                "# The CA's public-key hash that joining nodes pin (public, not a secret).",
                "openssl x509 -pubkey -noout -in /etc/kubernetes/pki/ca.crt | openssl pkey -pubin -outform der | sha256sum"
                        + " | awk '{ print \"sha256:\" $1 }' > " + CA_HASH_FILE,
                "chmod 0644 " + CA_HASH_FILE));
        return lines;
    }

    private static List<String> joinLines(boolean server) {
        List<String> lines = new ArrayList<>();
        lines.add("grep -Eq '^sha256:[0-9a-f]{64}$' " + SecretTemplate.path(KubeadmConfig.CA_HASH)
                + " || { echo 'the CA hash copied from the first control plane is malformed' >&2; exit 1; }");
        lines.addAll(SecretTemplate.fill(STAGED, CONFIG));
        lines.add(REDACT);
        lines.add("LOG=/var/log/labforge-kubeadm.log");
        lines.add("if [ ! -f /etc/kubernetes/kubelet.conf ]; then");
        lines.add("  ( umask 077; kubeadm join --config " + CONFIG + " > \"$LOG\" 2>&1 ) || { redact < \"$LOG\" >&2; exit 1; }");
        lines.add("  redact < \"$LOG\" | tail -n 20");
        lines.add("else");
        lines.add("  echo 'already a member of the cluster'");
        lines.add("fi");
        if (server) {
            lines.add("install -d -m 0700 /root/.kube && ln -sf /etc/kubernetes/admin.conf /root/.kube/config");
        }
        return lines;
    }
}
