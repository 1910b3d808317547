package io.labforge.deploy.provision;

import io.labforge.io.LabFiles;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The shipped samples render with no error, and their files pass the real tools. */
class SampleRenderTest {

    static final Path SAMPLES = Path.of(System.getProperty("labforge.project.dir", "."), "assets", "samples");

    @TempDir
    Path dir;

    private static RenderedLab render(String sample) throws Exception {
        Lab lab = LabFiles.read(SAMPLES.resolve(sample));
        return new LabRenderer(NodeKinds.builtin(), Homelab.settings()).render(lab, Overrides.NONE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"homelab.yaml", "homelab-kubeadm.yaml", "k8s-only.yaml", "single-vm.yaml"})
    void everySampleRendersWithoutErrors(String sample) throws Exception {
        RenderedLab r = render(sample);
        assertThat(r.errors()).isEmpty();
        assertThat(r.files()).isNotEmpty();
        for (GeneratedFile f : r.files()) {
            if (f.name().endsWith(".sh")) {
                Tool t = Tool.run(List.of("sh", "-n", Tool.write(dir, f).toString()));
                assertThat(t.exitCode()).as(f.relativePath() + ": " + t.output()).isZero();
            }
        }
    }

    @Test
    void theHomelabSampleHasEveryRoleFile() throws Exception {
        RenderedLab r = render("homelab.yaml");
        assertThat(r.files()).extracting(GeneratedFile::relativePath).contains(
                "fw1/config.xml", "lb1/haproxy.cfg", "k8s-cp1/k3s-config.yaml", "db1/pg_hba.conf", "mon1/prometheus.yml",
                "mon1/grafana-datasource.yaml", "bastion/10-labforge-bastion.conf", "dc1/provision.sh", "siem1/provision.sh");
        assertThat(r.files().stream().filter(f -> f.name().equals("user-data"))).hasSize(13);
    }

    @Test
    void theKubeadmSampleHasEveryRoleFileAndPassesTheTools() throws Exception {
        RenderedLab r = render("homelab-kubeadm.yaml");
        assertThat(r.errors()).isEmpty();
        assertThat(r.files()).extracting(GeneratedFile::relativePath).contains("fw1/config.xml", "fw1/nics.txt",
                "k8s-cp1/kubeadm-config.yaml", "k8s-cp2/kubeadm-config.yaml", "k8s-w1/kubeadm-config.yaml",
                "k8s-cp1/containerd-config.toml", "db1/labforge.cnf", "db1/databases.sql");
        assertThat(r.files()).extracting(GeneratedFile::relativePath).doesNotContain("fw1/user-data", "k8s-cp1/k3s-config.yaml");
        for (GeneratedFile f : r.files()) {
            Path p = Tool.write(dir, f);
            if (f.name().endsWith(".xml") && Tool.exists("xmllint")) {
                Tool t = Tool.run(List.of(Tool.path("xmllint"), "--noout", p.toString()));
                assertThat(t.exitCode()).as(f.relativePath() + ": " + t.output()).isZero();
            }
            if (f.name().equals("user-data") && f.owner().startsWith("k8s-cp") && Tool.exists("cloud-init")) {
                Tool t = Tool.run(List.of(Tool.path("cloud-init"), "schema", "--config-file", p.toString()));
                assertThat(t.exitCode()).as(f.relativePath() + ": " + t.output()).isZero();
            }
            if (f.name().equals("kubeadm-config.yaml")) {
                for (com.fasterxml.jackson.databind.JsonNode doc : KubeadmConfigTest.docs(f.content())) {
                    assertThat(KubeadmFields.unknown(doc)).as(f.relativePath()).isEmpty();
                }
            }
        }
    }

    @Test
    void cloudInitAcceptsEveryUserDataOfTheHomelabSample() throws Exception {
        assumeTrue(Tool.exists("cloud-init"), "cloud-init is not installed");
        for (GeneratedFile f : render("homelab.yaml").files()) {
            if (f.name().equals("user-data")) {
                Tool t = Tool.run(List.of(Tool.path("cloud-init"), "schema", "--config-file", Tool.write(dir, f).toString()));
                assertThat(t.exitCode()).as(f.relativePath() + ": " + t.output()).isZero();
                assertThat(t.output()).contains("Valid cloud-config");
            }
        }
    }

    @Test
    void haproxyAndXmllintAcceptTheHomelabSample() throws Exception {
        for (GeneratedFile f : render("homelab.yaml").files()) {
            Path p = Tool.write(dir, f);
            if (f.name().equals("haproxy.cfg") && Tool.exists("haproxy")) {
                Tool t = Tool.run(List.of(Tool.path("haproxy"), "-c", "-f", p.toString()));
                assertThat(t.exitCode()).as(t.output()).isZero();
            }
            if (f.name().endsWith(".xml") && Tool.exists("xmllint")) {
                Tool t = Tool.run(List.of(Tool.path("xmllint"), "--noout", p.toString()));
                assertThat(t.exitCode()).as(f.relativePath() + ": " + t.output()).isZero();
            }
        }
    }
}
