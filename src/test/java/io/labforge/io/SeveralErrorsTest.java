package io.labforge.io;

import io.labforge.cli.LabforgeCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Independent errors of several networks and nodes are reported together, each with file:line:column. */
class SeveralErrorsTest {

    private static final String LAB = """
            schemaVersion: 1
            name: t
            networks:
              - { id: lan, kind: lan, bridge: vmbr1 }
              - { id: dmz, kind: dmzz, bridge: vmbr2 }
            nodes:
              - { id: a, kind: linux-wm }
              - { id: b, kind: linux-vm }
              - { id: c, kind: firewal }
              - { id: d, kind: database, flavor: oracle }
            """;

    @Test
    void everyBrokenElementIsOneLineInFileOrder(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lab.yaml");
        Files.writeString(file, LAB);
        assertThatThrownBy(() -> LabFiles.read(file)).isInstanceOfSatisfying(LabFileException.class, e -> {
            assertThat(e.errors()).extracting(LabFileException::line).containsExactly(5, 7, 9, 10);
            assertThat(e.line()).isEqualTo(5);
            assertThat(e.getMessage().lines().toList()).hasSize(4).allMatch(l -> l.startsWith(file + ":"));
            assertThat(e.getMessage()).contains(file + ":5:22: unknown network kind 'dmzz'",
                    file + ":7:20: unknown node kind 'linux-wm'; did you mean 'linux-vm'?",
                    file + ":9:20: unknown node kind 'firewal'; did you mean 'firewall'?",
                    file + ":10:38: unknown flavor 'oracle' for kind 'database'");
        });

        StringWriter err = new StringWriter();
        int exit = LabforgeCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err, true), "validate", file.toString());
        assertThat(exit).isEqualTo(LabforgeCli.BAD_INPUT);
        assertThat(err.toString().lines()).hasSize(4).allMatch(l -> l.matches(".*lab\\.yaml:\\d+:\\d+: .*"));
    }

    @Test
    void oneErrorIsStillOneLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("lab.yaml");
        Files.writeString(file, "schemaVersion: 1\nname: t\nnodes:\n  - { id: a, kind: linux-wm }\n");
        assertThatThrownBy(() -> LabFiles.read(file)).isInstanceOfSatisfying(LabFileException.class, e -> {
            assertThat(e.errors()).containsExactly(e);
            assertThat(e.getMessage()).doesNotContain("\n").startsWith(file + ":4:");
        });
    }
}
