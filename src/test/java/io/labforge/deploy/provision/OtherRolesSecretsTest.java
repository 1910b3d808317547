package io.labforge.deploy.provision;

import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** kubeadm and MariaDB secrets travel only as secret files at deploy: never in a rendered file, a command or the output. */
class OtherRolesSecretsTest {

    @TempDir
    Path dir;

    private final Lab lab = OtherFlavors.lab();
    private final FakeShells shells = new FakeShells();
    private final List<String> output = new ArrayList<>();

    private void provision(String node, String address) throws Exception {
        new Provisioner(NodeKinds.builtin(), Homelab.settings(), Overrides.NONE, shells, new FileSecretStore(dir))
                .provision(lab, lab.node(node).orElseThrow(), address, output::add);
    }

    @Test
    void secretsArePlacedAtDeployAndAppearNowhereElse() throws Exception {
        shells.reads.put("10.10.20.11", "sha256:" + "cd".repeat(32) + "\n");
        provision("k8s-cp1", "10.10.20.11");
        provision("k8s-cp2", "10.10.20.12");
        provision("k8s-w1", "10.10.20.21");
        provision("db1", "10.10.40.10");
        FileSecretStore store = new FileSecretStore(dir);
        Map<String, String> values = Map.of(
                "kubeadm-token", store.secret("other", "kubeadm-token"),
                "kubeadm-certificates", store.secret("other", "kubeadm-certificates"),
                "mysql-user-wiki", store.secret("other", "mysql-user-wiki"),
                "mysql-user-grafana", store.secret("other", "mysql-user-grafana"));

        Map<String, byte[]> cp1 = shells.uploads.get("10.10.20.11");
        assertThat(cp1.get("labforge-stage/secret-kubeadm-token")).isEqualTo(bytes(values.get("kubeadm-token")));
        assertThat(cp1.get("labforge-stage/secret-kubeadm-certificates")).isEqualTo(bytes(values.get("kubeadm-certificates")));
        assertThat(shells.uploads.get("10.10.20.12")).containsKeys("labforge-stage/secret-kubeadm-certificates",
                "labforge-stage/secret-kubeadm-ca-hash");
        Map<String, byte[]> w1 = shells.uploads.get("10.10.20.21");
        assertThat(w1).containsKey("labforge-stage/secret-kubeadm-token").doesNotContainKey("labforge-stage/secret-kubeadm-certificates");
        assertThat(new String(w1.get("labforge-stage/secret-kubeadm-ca-hash"), StandardCharsets.UTF_8)).isEqualTo("sha256:" + "cd".repeat(32));
        assertThat(shells.commands.get("10.10.20.11")).contains("sudo -n cat " + KubeadmRole.CA_HASH_FILE + " 2>/dev/null || { echo 'missing' >&2; exit 3; }");
        assertThat(shells.uploads.get("10.10.40.10").get("labforge-stage/secret-mysql-user-wiki")).isEqualTo(bytes(values.get("mysql-user-wiki")));

        for (String value : values.values()) {
            assertThat(value).hasSizeGreaterThan(40);
            shells.uploads.forEach((host, files) -> files.forEach((path, content) -> {
                if (!path.startsWith("labforge-stage/secret-")) {
                    assertThat(new String(content, StandardCharsets.UTF_8)).as(host + " " + path).doesNotContain(value);
                }
            }));
            shells.commands.values().forEach(cmds -> assertThat(cmds).noneMatch(c -> c.contains(value)));
            assertThat(output).noneMatch(l -> l.contains(value));
            for (GeneratedFile f : Homelab.render(lab).files()) {
                assertThat(f.content()).as(f.relativePath()).doesNotContain(value);
            }
        }
        assertThat(Files.readString(dir.resolve("other.properties"))).doesNotContain("sha256:");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
