package io.labforge.deploy.provision;

import com.fasterxml.jackson.databind.JsonNode;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kubeadm provision scripts run for real in a {@link ScriptSandbox}: the secrets placed at
 * deploy become a valid bootstrap token and certificate key in a root-only config, identical on
 * every node, and neither they nor their seeds appear in the output.
 */
class KubeadmScriptTest {

    static final String TOKEN_SEED = "Lf1-tokenSeed_0123456789abcdefghijklmnopqrstu";
    static final String CERT_SEED = "Lf1-certSeed_0123456789abcdefghijklmnopqrstuv";
    static final String CA_HASH = "sha256:" + "ab".repeat(32);

    @TempDir
    Path dir;
    ScriptSandbox box;

    static Lab lab() {
        Network k8s = Network.of("k8s", NetworkKind.K8S, "vmbr1", 20, "10.0.20.0/24", "10.0.20.1");
        Node lb = Node.of("lb1", "load-balancer", Nic.of("k8s", "10.0.20.10"))
                .withRole(Map.of("frontends", List.of(Map.of("port", 6443, "backends", List.of("cp1", "cp2")))));
        Node cp1 = Node.of("cp1", "k8s-control-plane", Nic.of("k8s", "10.0.20.11")).withFlavor("kubeadm")
                .withRole(Map.of("podCidr", "172.16.0.0/16"));
        Node cp2 = Node.of("cp2", "k8s-control-plane", Nic.of("k8s", "10.0.20.12")).withFlavor("kubeadm");
        Node w1 = Node.of("w1", "k8s-worker", Nic.of("k8s", "10.0.20.21")).withFlavor("kubeadm");
        return Lab.empty("kube").withNetworks(List.of(k8s)).withNodes(List.of(lb, cp1, cp2, w1));
    }

    @BeforeEach
    void sandbox() throws Exception {
        box = new ScriptSandbox(dir);
        box.recorder("dpkg", "exit 1");
        box.recorder("openssl", "printf 'public key'");
        box.recorder("curl", "while [ $# -gt 0 ]; do [ \"$1\" = -o ] && printf 'Network: 10.244.0.0/16\\n' > \"$2\"; shift; done; exit 0");
        box.recorder("kubeadm", String.join("\n",
                "case \"$1\" in",
                "init) mkdir -p \"$ROOT/etc/kubernetes/pki\"; : > \"$ROOT/etc/kubernetes/admin.conf\"; : > \"$ROOT/etc/kubernetes/pki/ca.crt\"",
                "  echo \"kubeadm join 10.0.20.10:6443 --token $(cat \"$ROOT/etc/labforge/secrets/kubeadm-bootstrap-token\")"
                        + " --control-plane --certificate-key $(cat \"$ROOT/etc/labforge/secrets/kubeadm-certificate-key\")\" ;;",
                "join) : > \"$ROOT/etc/kubernetes/kubelet.conf\"; echo 'This node has joined the cluster' ;;",
                "esac"));
    }

    private static List<GeneratedFile> files(String node) {
        RenderedLab r = Homelab.render(lab());
        assertThat(r.errors()).isEmpty();
        return r.filesOf(node);
    }

    static String sha256(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theFirstControlPlaneInitialisesWithSecretsFilledInOnTheGuestOnly() throws Exception {
        box.secret("kubeadm-token", TOKEN_SEED);
        box.secret("kubeadm-certificates", CERT_SEED);
        Tool t = box.run(files("cp1"));
        assertThat(t.exitCode()).as(t.output()).isZero();

        Path config = box.at(KubeadmRole.CONFIG);
        assertThat(Files.getPosixFilePermissions(config)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String filled = Files.readString(config);
        assertThat(filled).doesNotContain(SecretTemplate.PREFIX, TOKEN_SEED, CERT_SEED);
        List<JsonNode> docs = KubeadmConfigTest.docs(filled);
        String token = docs.get(0).at("/bootstrapTokens/0/token").asText();
        String key = docs.get(0).at("/certificateKey").asText();
        String h = sha256("bootstrap-token:" + TOKEN_SEED);
        assertThat(token).matches("[a-z0-9]{6}\\.[a-z0-9]{16}").isEqualTo(h.substring(0, 6) + "." + h.substring(6, 22));
        assertThat(key).matches("[0-9a-f]{64}").isEqualTo(sha256("certificate-key:" + CERT_SEED));
        assertThat(docs.get(1).at("/controlPlaneEndpoint").asText()).isEqualTo("10.0.20.10:6443");

        assertThat(box.calls()).contains(List.of("kubeadm", "init", "--config", box.at(KubeadmRole.CONFIG).toString(), "--upload-certs"));
        assertThat(box.calls()).anySatisfy(c -> assertThat(c).containsSequence("apt-get", "install", "-y", "-q", "kubelet", "kubeadm", "kubectl"));
        assertThat(box.calls()).contains(List.of("apt-mark", "hold", "kubelet", "kubeadm", "kubectl"));
        // kubeadm printed the join command with both secrets: the log shows it redacted.
        assertThat(t.output()).contains("--token " + token.substring(0, 6) + ".<redacted>", "--certificate-key <redacted>")
                .doesNotContain(token.substring(7), key, TOKEN_SEED, CERT_SEED);
        assertThat(Files.readString(box.at(KubeadmRole.CA_HASH_FILE)).trim()).matches("sha256:[0-9a-f]{64}");
        assertThat(Files.readString(box.at(Cni.MANIFEST))).isEqualTo("Network: 172.16.0.0/16\n");
        assertThat(box.calls()).contains(List.of("kubectl", "--kubeconfig", box.at("/etc/kubernetes/admin.conf").toString(), "apply", "-f",
                box.at(Cni.MANIFEST).toString()));
        assertThat(Files.readString(box.at(KubeadmInstall.CONTAINERD_CONFIG))).contains("SystemdCgroup = true");
        assertThat(Files.readString(box.at("/etc/fstab"))).contains("#/swapfile none swap").startsWith("UUID=1 / ext4");
    }

    @Test
    void aWorkerDerivesTheSameTokenAndPinsTheCopiedCaHash() throws Exception {
        box.secret("kubeadm-token", TOKEN_SEED);
        box.secret("kubeadm-ca-hash", CA_HASH);
        Tool t = box.run(files("w1"));
        assertThat(t.exitCode()).as(t.output()).isZero();
        JsonNode join = KubeadmConfigTest.docs(Files.readString(box.at(KubeadmRole.CONFIG))).get(0);
        String h = sha256("bootstrap-token:" + TOKEN_SEED);
        assertThat(join.at("/discovery/bootstrapToken/token").asText()).isEqualTo(h.substring(0, 6) + "." + h.substring(6, 22));
        assertThat(join.at("/discovery/bootstrapToken/caCertHashes/0").asText()).isEqualTo(CA_HASH);
        assertThat(box.calls()).contains(List.of("kubeadm", "join", "--config", box.at(KubeadmRole.CONFIG).toString()));
        assertThat(box.at("/etc/labforge/secrets/kubeadm-certificate-key")).doesNotExist();
        assertThat(t.output()).contains("This node has joined").doesNotContain(TOKEN_SEED);
    }

    @Test
    void aMalformedCaHashOrAMissingSeedStopsBeforeKubeadmRuns() throws Exception {
        box.secret("kubeadm-token", TOKEN_SEED);
        box.secret("kubeadm-ca-hash", "sha256:abc\nunsafeSkipCAVerification: true");
        Tool t = box.run(files("w1"));
        assertThat(t.exitCode()).isNotZero();
        assertThat(t.output()).contains("CA hash copied from the first control plane is malformed");
        assertThat(box.calls()).noneMatch(c -> c.get(0).equals("kubeadm"));

        ScriptSandbox fresh = new ScriptSandbox(Files.createDirectories(dir.resolve("fresh")));
        Tool noSeed = fresh.run(files("cp2"));
        assertThat(noSeed.exitCode()).isNotZero();
        assertThat(noSeed.output()).contains("secret kubeadm-token was not placed");
    }

    @Test
    void aSecondRunOnTheFirstControlPlaneRenewsTheTokenInsteadOfInitialisingAgain() throws Exception {
        box.secret("kubeadm-token", TOKEN_SEED);
        box.secret("kubeadm-certificates", CERT_SEED);
        assertThat(box.run(files("cp1")).exitCode()).isZero();
        Tool again = box.run(files("cp1"));
        assertThat(again.exitCode()).as(again.output()).isZero();
        List<List<String>> kubeadm = box.calls().stream().filter(c -> c.get(0).equals("kubeadm")).toList();
        assertThat(kubeadm).extracting(c -> c.get(1)).containsExactly("init", "token", "token", "init");
        assertThat(kubeadm.get(2)).containsExactly("kubeadm", "token", "create", "--config", box.at(KubeadmRole.CONFIG).toString());
        assertThat(kubeadm.get(3)).containsSequence("init", "phase", "upload-certs", "--upload-certs");
        // The package step did not reinstall: dpkg says kubeadm is missing here, so only the hold is repeated.
        assertThat(box.calls()).filteredOn(c -> c.get(0).equals("apt-mark") && c.get(1).equals("hold")).hasSize(2);
    }
}
