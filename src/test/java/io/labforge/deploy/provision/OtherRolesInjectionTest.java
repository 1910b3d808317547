package io.labforge.deploy.provision;

import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Node ids holding shell syntax, on a kubeadm worker and a MariaDB server: their whole generated
 * provision scripts run in a {@link ScriptSandbox} with recorders, and nothing the ids contain executes.
 */
class OtherRolesInjectionTest {

    @TempDir
    Path dir;

    private static Lab lab(String hostile) {
        Network k8s = Network.of("k8s", NetworkKind.K8S, "vmbr1", 20, "10.0.20.0/24", "10.0.20.1");
        Node cp = Node.of("cp1", "k8s-control-plane", Nic.of("k8s", "10.0.20.11")).withFlavor("kubeadm");
        Node worker = Node.of(hostile, "k8s-worker", Nic.of("k8s", "10.0.20.21")).withFlavor("kubeadm").withHostname("w1");
        Node db = Node.of(hostile + "-db", "database", Nic.of("k8s", "10.0.20.30")).withFlavor("mariadb").withHostname("db1")
                .withRole(Map.of("databases", List.of("app"), "allowFrom", List.of("k8s"),
                        "users", List.of(Map.of("name", "app", "databases", List.of("app")))));
        return Lab.empty("inject").withNetworks(List.of(k8s)).withNodes(List.of(cp, worker, db));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "w1; touch PWNED",
            "w1'; touch PWNED; echo '",
            "w1\"; touch PWNED; echo \"",
            "w1$(touch PWNED)",
            "w1`touch PWNED`",
            "w1\ntouch PWNED\n",
            "w1 && touch PWNED",
    })
    void hostileNodeIdsNeverRunAsCode(String hostile) throws Exception {
        RenderedLab r = Homelab.render(lab(hostile));
        assertThat(r.errors()).isEmpty();

        ScriptSandbox worker = new ScriptSandbox(Files.createDirectories(dir.resolve("worker")));
        worker.recorder("kubeadm", ": > \"$ROOT/etc/kubernetes/kubelet.conf\"");
        worker.secret("kubeadm-token", "Lf1-seed");
        worker.secret("kubeadm-ca-hash", "sha256:" + "0".repeat(64));
        Tool w = worker.run(r.filesOf(hostile));
        assertThat(w.exitCode()).as(w.output()).isZero();
        assertThat(worker.calls()).anySatisfy(c -> assertThat(c).startsWith("kubeadm", "join"));

        ScriptSandbox db = new ScriptSandbox(Files.createDirectories(dir.resolve("db")));
        db.secret("mysql-user-app", "Lf1-pass");
        Tool d = db.run(r.filesOf(hostile + "-db"));
        assertThat(d.exitCode()).as(d.output()).isZero();
        assertThat(db.calls()).contains(List.of("mysql", "--protocol=socket"));

        try (var files = Files.walk(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().contains("PWNED"))).isEmpty();
        }
        assertThat(Path.of("PWNED")).doesNotExist();
    }
}
