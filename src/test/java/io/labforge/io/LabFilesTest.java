package io.labforge.io;

import io.labforge.model.DhcpRange;
import io.labforge.model.Group;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.model.Position;
import io.labforge.model.Resources;
import io.labforge.model.Target;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LabFilesTest {

    static Lab sample() {
        Network wan = new Network("wan", NetworkKind.WAN, "Uplink", "vmbr0", null, "192.168.1.0/24", "192.168.1.1",
                null, null);
        Network lan = new Network("lan", NetworkKind.LAN, null, "vmbr1", 10, "10.10.10.0/24", "10.10.10.1",
                new DhcpRange("10.10.10.100", "10.10.10.199"), "office\nsecond line");
        Node fw = new Node("fw1", "firewall", "pfsense", null, null, "local:iso/pfSense.iso", new Resources(2, 2048, 16),
                List.of(Nic.dhcp("wan"), new Nic("lan", "10.10.10.1", "52:54:00:12:34:56", true)), 100, "pve",
                Map.of(), List.of("edge"), null);
        Node lb = Node.of("lb1", "load-balancer", Nic.of("lan", "10.10.10.10"))
                .withRole(Map.of("frontends", List.of(Map.of("port", 6443, "backends", List.of("fw1")))));
        return new Lab("homelab", "desc", new Target("home-pve", "pve", "local-lvm", "lab-homelab"),
                List.of(wan, lan), List.of(fw, lb), List.of(new Group("g", "Edge", List.of("fw1", "lb1"))),
                Map.of("wan", new Position(400, 0), "fw1", new Position(400.5, -80)));
    }

    @Test
    void yamlAndJsonRoundTrip() throws Exception {
        Lab lab = sample();
        assertThat(LabFiles.parse(LabFiles.toYaml(lab), "x.yaml")).isEqualTo(lab);
        assertThat(LabFiles.parse(LabFiles.toJson(lab), "x.json")).isEqualTo(lab);
        assertThat(LabFiles.parse(LabFiles.toJson(lab), "json-read-as-yaml.yaml")).isEqualTo(lab);
    }

    @Test
    void writesSchemaVersionFirstLayoutLastAndOmitsUnsetFields() {
        String yaml = LabFiles.toYaml(sample());
        assertThat(yaml).startsWith("schemaVersion: 1\nname: homelab\n");
        assertThat(yaml.indexOf("layout:")).isGreaterThan(yaml.indexOf("groups:"));
        assertThat(yaml).doesNotContain("null").doesNotContain("hostname").doesNotContain("role: {}");
        assertThat(yaml).contains("\n    y: -80").contains("x: 400\n");
    }

    @Test
    void errorPointsAtTheBadValueWithAHint() {
        String text = "schemaVersion: 1\nname: t\nnetworks:\n  - { id: lan, kind: lan }\nnodes:\n"
                + "  - id: a\n    kind: linux-vm\n    nics: [ { network: lna } ]\n";
        assertThatThrownBy(() -> LabFiles.parse(text, "lab.yaml"))
                .isInstanceOfSatisfying(LabFileException.class, e -> {
                    assertThat(e.file()).isEqualTo("lab.yaml");
                    assertThat(e.line()).isEqualTo(8);
                    assertThat(e.column()).isEqualTo(24);
                    assertThat(e.problem()).contains("'lna'");
                    assertThat(e.hint()).contains("did you mean 'lan'");
                    assertThat(e.getMessage()).isEqualTo("lab.yaml:8:24: " + e.problem() + " (" + e.hint() + ")");
                });
    }

    @Test
    void unknownKeyNamesTheNearestValidKey() {
        String text = "schemaVersion: 1\nname: t\nnodes:\n  - id: a\n    kind: linux-vm\n    hostnme: x\n";
        assertThatThrownBy(() -> LabFiles.parse(text, "lab.yaml"))
                .hasMessage("lab.yaml:6:5: unknown key 'hostnme' in a node (did you mean 'hostname'? valid keys: "
                        + "id, kind, flavor, hostname, template, iso, resources, nics, vmid, node, role, tags, description)");
    }

    @Test
    void sourceKnowsWhereEachElementWasWritten() throws Exception {
        LabSource src = LabFiles.parseSource(LabFiles.toYaml(sample()), "x.yaml");
        assertThat(src.locationOf("lan")).isPresent();
        assertThat(src.locationOf("fw1").orElseThrow().line()).isGreaterThan(src.locationOf("lan").orElseThrow().line());
        assertThat(src.locationOf("nope")).isEmpty();
    }

    @Test
    void writeIsAtomicAndKeepsThePermissions(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lab.yaml");
        LabFiles.write(sample(), file);
        assertThat(LabFiles.read(file)).isEqualTo(sample());
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw----"));
        LabFiles.write(sample().withName("renamed"), file);
        assertThat(LabFiles.read(file).name()).isEqualTo("renamed");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-rw----");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
        LabFiles.write(sample(), dir.resolve("lab.json"));
        assertThat(Files.readString(dir.resolve("lab.json"))).startsWith("{");
    }

    @Test
    void missingFileIsALabFileException(@TempDir Path dir) {
        assertThatThrownBy(() -> LabFiles.read(dir.resolve("none.yaml")))
                .isInstanceOf(LabFileException.class)
                .hasMessageEndingWith("none.yaml:1:1: no such file");
    }
}
