package io.labforge.deploy.provision;

import io.labforge.deploy.ProvisioningException;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProvisionerTest {

    @TempDir
    Path dir;

    private final Lab lab = Homelab.lab();
    private final FakeShells shells = new FakeShells();

    private Provisioner provisioner() {
        return new Provisioner(NodeKinds.builtin(), Homelab.settings(), Overrides.NONE, shells, new FileSecretStore(dir));
    }

    @Test
    void uploadsTheRenderedFilesThenRunsTheScriptAsRootStreamingOutput() throws Exception {
        List<String> out = new ArrayList<>();
        provisioner().provision(lab, lab.node("lb1").orElseThrow(), "10.10.10.10", out::add);
        assertThat(shells.uploads.get("10.10.10.10")).containsKeys("labforge-stage/haproxy.cfg", "labforge-stage/provision.sh")
                .doesNotContainKeys("labforge-stage/user-data", "labforge-stage/network-config");
        String haproxy = new String(shells.uploads.get("10.10.10.10").get("labforge-stage/haproxy.cfg"), StandardCharsets.UTF_8);
        assertThat(haproxy).contains("server k8s-cp1 10.10.20.11:6443 check");
        assertThat(shells.commands.get("10.10.10.10")).contains("sudo -n /bin/sh labforge-stage/provision.sh")
                .last().isEqualTo("rm -rf labforge-stage");
        assertThat(out).contains("ran: provisioning of lb1");
    }

    @Test
    void theFirstControlPlaneGetsAGeneratedTokenThatAppearsInNoCommandOrOutput() throws Exception {
        List<String> out = new ArrayList<>();
        provisioner().provision(lab, lab.node("k8s-cp1").orElseThrow(), "10.10.20.11", out::add);
        String token = new FileSecretStore(dir).secret("homelab", "k3s-token");
        assertThat(token).hasSizeGreaterThan(40);
        assertThat(shells.uploads.get("10.10.20.11").get("labforge-stage/secret-k3s-token")).isEqualTo(token.getBytes(StandardCharsets.UTF_8));
        assertThat(shells.commands.get("10.10.20.11")).anyMatch(c -> c.contains("/etc/labforge/secrets/k3s-token"))
                .noneMatch(c -> c.contains(token));
        assertThat(out).noneMatch(l -> l.contains(token));
        // The rendered files only name the token file.
        Homelab.render(lab).files().forEach(f -> assertThat(f.content()).doesNotContain(token));
    }

    @Test
    void joiningNodesGetTheFullTokenReadFromTheFirstControlPlane() throws Exception {
        shells.reads.put("10.10.20.11", "K10abc::server:Lf1-secret\n");
        provisioner().provision(lab, lab.node("k8s-w1").orElseThrow(), "10.10.20.21", l -> { });
        assertThat(shells.commands.get("10.10.20.11")).containsExactly(
                "sudo -n cat /var/lib/rancher/k3s/server/token 2>/dev/null || { echo 'missing' >&2; exit 3; }");
        assertThat(new String(shells.uploads.get("10.10.20.21").get("labforge-stage/secret-k3s-join-token"), StandardCharsets.UTF_8))
                .isEqualTo("K10abc::server:Lf1-secret");
    }

    @Test
    void aWorkerBeforeTheFirstControlPlaneFailsInPlainWords() {
        assertThatThrownBy(() -> provisioner().provision(lab, lab.node("k8s-w1").orElseThrow(), "10.10.20.21", l -> { }))
                .isInstanceOf(ProvisioningException.class)
                .hasMessageContaining("k8s-cp1 must be provisioned first");
    }

    @Test
    void aFailingStepIsReportedWithTheNode() {
        shells.failOn = "provision.sh";
        assertThatThrownBy(() -> provisioner().provision(lab, lab.node("db1").orElseThrow(), "10.10.40.10", l -> { }))
                .isInstanceOf(ProvisioningException.class)
                .hasMessageContaining("provisioning of db1 failed on 10.10.40.10");
    }

    @Test
    void pfSenseIsNotProvisionedOverSsh() throws Exception {
        List<String> out = new ArrayList<>();
        provisioner().provision(lab, lab.node("fw1").orElseThrow(), "10.10.10.1", out::add);
        assertThat(shells.opened).isEmpty();
        assertThat(out).singleElement().asString().contains("config.xml");
    }

    @Test
    void aNodeThatCannotBeRenderedIsRefusedBeforeAnyConnection() {
        Lab bad = lab.updateNode("db1", n -> n.withRole(java.util.Map.of("databases", List.of("app\"; DROP DATABASE x; --"))));
        assertThatThrownBy(() -> provisioner().provision(bad, bad.node("db1").orElseThrow(), "10.10.40.10", l -> { }))
                .isInstanceOf(ProvisioningException.class)
                .hasMessageContaining("role.databases");
        assertThat(shells.opened).isEmpty();
    }

    @Test
    void secretStoreKeepsValuesPrivateAndStable() throws Exception {
        FileSecretStore store = new FileSecretStore(dir);
        String a = store.secret("homelab", "samba-admin");
        assertThat(store.secret("homelab", "samba-admin")).isEqualTo(a);
        assertThat(new FileSecretStore(dir).secret("homelab", "samba-admin")).isEqualTo(a);
        assertThat(a).matches("Lf1-[A-Za-z0-9_-]{43}");
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                java.nio.file.Files.getPosixFilePermissions(dir.resolve("homelab.properties")))).isEqualTo("rw-------");
    }
}
