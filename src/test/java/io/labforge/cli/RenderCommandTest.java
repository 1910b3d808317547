package io.labforge.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RenderCommandTest {

    static final Path SAMPLES = Path.of(System.getProperty("labforge.project.dir", "."), "assets", "samples");

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return LabforgeCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path key() throws Exception {
        return Files.writeString(dir.resolve("id.pub"), "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOb8V0Y4s2c6vdeV3cFXo1y8wJ7QeX0k0q9wM0cZlKjC me@host\n");
    }

    @Test
    void writesEveryFileOfTheHomelabSampleAndListsThem() throws Exception {
        Path outDir = dir.resolve("out");
        assertThat(run("render", SAMPLES.resolve("homelab.yaml").toString(), "-o", outDir.toString(), "--ssh-key", key().toString()))
                .as(err.toString()).isZero();
        for (String f : new String[] {"lb1/haproxy.cfg", "fw1/config.xml", "fw1/nics.txt", "k8s-cp1/k3s-config.yaml",
                "mon1/prometheus.yml", "bastion/10-labforge-bastion.conf", "db1/pg_hba.conf", "ws1/user-data", "dc1/provision.sh"}) {
            assertThat(outDir.resolve(f)).isRegularFile();
            assertThat(out.toString()).contains(outDir.resolve(f).toString());
        }
        assertThat(Files.readString(outDir.resolve("lb1/user-data"))).startsWith("#cloud-config").contains("me@host");
        assertThat(Files.isExecutable(outDir.resolve("lb1/provision.sh"))).isTrue();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void anOverrideBesideTheLabFileReplacesTheGeneratedFileAndReachesUserData() throws Exception {
        Path lab = Files.copy(SAMPLES.resolve("homelab.yaml"), dir.resolve("homelab.yaml"));
        Path override = Files.createDirectories(dir.resolve("overrides/lb1")).resolve("haproxy.cfg");
        Files.writeString(override, "# my own haproxy\nglobal\n    maxconn 10\n");
        Files.createDirectories(dir.resolve("overrides/lb2"));
        Files.writeString(dir.resolve("overrides/lb2/haproxy.cfg"), "typo\n");
        Path outDir = dir.resolve("out");
        assertThat(run("render", lab.toString(), "-o", outDir.toString(), "--ssh-key", key().toString())).isZero();
        assertThat(Files.readString(outDir.resolve("lb1/haproxy.cfg"))).isEqualTo("# my own haproxy\nglobal\n    maxconn 10\n");
        assertThat(Files.readString(outDir.resolve("lb1/user-data"))).contains("# my own haproxy");
        assertThat(out.toString()).contains(outDir.resolve("lb1/haproxy.cfg") + "  (override)");
        assertThat(err.toString()).contains("override lb2/haproxy.cfg replaces no generated file");
    }

    @Test
    void aLabThatCannotBeRenderedNamesTheNodeAndExitsWithProblems() throws Exception {
        String yaml = Files.readString(SAMPLES.resolve("homelab.yaml")).replace("role: { domain: ad.homelab.internal, netbios: HOMELAB }",
                "role: { domain: \"bad domain; rm -rf /\", netbios: HOMELAB }");
        Path lab = Files.writeString(dir.resolve("bad.yaml"), yaml);
        assertThat(run("render", lab.toString(), "-o", dir.resolve("out").toString(), "--ssh-key", key().toString()))
                .isEqualTo(LabforgeCli.PROBLEMS);
        assertThat(err.toString()).contains("'bad domain; rm -rf /' is not a valid DNS domain").doesNotContain("Exception");
    }

    @Test
    void unreadableInputIsBadInputWithFileLineColumn() throws Exception {
        Path lab = Files.writeString(dir.resolve("broken.yaml"), "schemaVersion: 1\nname: x\nnodes: [ { id: a, kind: nope } ]\n");
        assertThat(run("render", lab.toString(), "-o", dir.resolve("out").toString())).isEqualTo(LabforgeCli.BAD_INPUT);
        assertThat(err.toString()).contains("broken.yaml:3:");
    }
}
