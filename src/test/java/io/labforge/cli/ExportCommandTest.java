package io.labforge.cli;

import io.labforge.io.LabFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code labforge export} as a user runs it. */
class ExportCommandTest {

    static final Path HOMELAB = Path.of(System.getProperty("labforge.project.dir", "."), "assets/samples/homelab.yaml");

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = LabforgeCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void yamlToStandardOutputIsTheLab() throws Exception {
        Run r = run("export", HOMELAB.toString(), "--format", "yaml");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(LabFiles.parse(r.out(), "out.yaml")).isEqualTo(LabFiles.read(HOMELAB));
    }

    @Test
    void writesTheOutputFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("homelab.gv");
        Run r = run("export", HOMELAB.toString(), "-f", "dot", "-o", out.toString());
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readString(out)).startsWith("graph \"homelab\" {").contains("\"node:fw1\"");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void unknownFormatListsTheFormats() {
        Run r = run("export", HOMELAB.toString(), "--format", "dto");
        assertThat(r.exit()).isEqualTo(LabforgeCli.BAD_INPUT);
        assertThat(r.err()).contains("unknown format 'dto'", "did you mean 'dot'", "yaml, json, dot, graphml, ansible");
    }

    @Test
    void helpListsTheRegisteredFormats() {
        Run r = run("export", "--help");
        assertThat(r.out()).contains("yaml, json, dot, graphml, ansible");
    }

    @Test
    void scaleOutOfRangeIsBadUsage() {
        Run r = run("export", HOMELAB.toString(), "--format", "yaml", "--scale", "5");
        assertThat(r.exit()).isEqualTo(LabforgeCli.BAD_INPUT);
        assertThat(r.err()).contains("scale");
    }

    @Test
    void badLabFileIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "schemaVersion: 1\nname: t\nnodes:\n  - id: a\n    kind: linux-wm\n");
        Run r = run("export", bad.toString(), "--format", "json");
        assertThat(r.exit()).isEqualTo(LabforgeCli.BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(bad + ":5:11: unknown node kind 'linux-wm'; did you mean 'linux-vm'? valid kinds: "
                + String.join(", ", io.labforge.kind.NodeKinds.builtin().ids()) + System.lineSeparator());
    }

    @Test
    void unwritableOutputIsReported(@TempDir Path dir) {
        Run r = run("export", HOMELAB.toString(), "--format", "yaml", "-o", dir.resolve("missing/dir/x.yaml").toString());
        assertThat(r.exit()).isEqualTo(LabforgeCli.BAD_INPUT);
        assertThat(r.err()).startsWith("labforge export: cannot write").doesNotContain("Exception");
    }

    @Test
    void tofuTakesTheFormatBeforeTheFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("main.tf");
        Run r = run("export", "tofu", HOMELAB.toString(), "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(Files.readString(out)).contains("source  = \"bpg/proxmox\"", "resource \"proxmox_virtual_environment_vm\" \"k8s-cp1\"");
        assertThat(run("export", HOMELAB.toString(), "--format", "tofu").out()).isEqualTo(Files.readString(out));
    }

    @Test
    void noFormatIsBadUsageWithAnExample() {
        Run r = run("export", HOMELAB.toString());
        assertThat(r.exit()).isEqualTo(LabforgeCli.BAD_INPUT);
        assertThat(r.err()).contains("which format?", "labforge export tofu", "tofu");
        assertThat(run("export", "yaml", HOMELAB.toString(), "-f", "dot").err()).contains("two formats given");
    }
}
