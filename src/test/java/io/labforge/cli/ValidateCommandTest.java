package io.labforge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.labforge.io.LabFiles;
import io.labforge.validate.TestLabs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTest {

    static final Path RULES = Path.of("src/test/resources/rules");

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = LabforgeCli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void cleanLabExitsZero() throws Exception {
        Path file = dir.resolve("homelab.yaml");
        LabFiles.write(TestLabs.homelab(), file);
        Run r = run("validate", file.toString());
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).isEqualTo("0 errors, 0 warnings" + System.lineSeparator());
        assertThat(r.err()).isEmpty();
    }

    @Test
    void errorsExitOneWithFileLineColumnPerProblem() {
        Path file = RULES.resolve("LF205.yaml");
        Run r = run("validate", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.out().lines()).containsExactly(
                file + ":127:9: ERROR LF205 NIC 1 (net0) of node 'web1' has 10.10.11.5, outside network 'lan' (10.10.10.0/24)"
                        + " [web1, lan] \u2014 use an address inside 10.10.10.0/24",
                "1 error, 0 warnings");
    }

    @Test
    void warningsAloneExitZero() {
        Run r = run("validate", RULES.resolve("LF404.yaml").toString());
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("WARNING LF404 management network 'mgmt' has no bastion host [mgmt]").contains("0 errors, 1 warning");
    }

    @Test
    void labLevelProblemsNameTheFile() {
        Path file = RULES.resolve("LF602.yaml");
        Run r = run("validate", file.toString());
        assertThat(r.out()).startsWith(file + ": WARNING LF602 the lab has 11 guests");
    }

    @Test
    void jsonReportHasAStableShape() throws Exception {
        Path file = RULES.resolve("LF207.yaml");
        Run r = run("validate", "--json", file.toString());
        assertThat(r.exit()).isEqualTo(1);
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.get("file").asText()).isEqualTo(file.toString());
        assertThat(root.get("errors").asInt()).isEqualTo(1);
        assertThat(root.get("warnings").asInt()).isZero();
        JsonNode p = root.get("problems").get(0);
        assertThat(p.get("code").asText()).isEqualTo("LF207");
        assertThat(p.get("severity").asText()).isEqualTo("ERROR");
        assertThat(p.get("subjects")).hasSize(3);
        assertThat(p.get("fix").asText()).isEqualTo("Use 10.10.10.2 on NIC 1 (net0) of node 'web1'");
        assertThat(p.get("location").get("line").asInt()).isPositive();
        assertThat(root.fieldNames()).toIterable().containsExactly("file", "errors", "warnings", "infos", "problems");
    }

    @Test
    void unreadableFileExitsTwoWithOneLine() throws Exception {
        Run missing = run("validate", dir.resolve("nope.yaml").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.err().strip()).isEqualTo(dir.resolve("nope.yaml") + ":1:1: no such file");
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "schemaVersion: 1\nname: x\nnodes: [ {id: a, kind: firewal} ]\n");
        Run r = run("validate", bad.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1).first().asString().startsWith(bad + ":3:");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void capacityEnablesTheSizingChecks() {
        Path file = RULES.resolve("LF603.yaml");
        Run r = run("validate", "--node-capacity", "pve=16,16384,2000", file.toString());
        assertThat(r.exit()).isEqualTo(0);
        assertThat(r.out()).contains("WARNING LF603 guests on Proxmox node 'pve' need 37888 MiB of memory, but it has 16384 MiB");
        Run bad = run("validate", "--node-capacity", "pve=lots", file.toString());
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err().strip()).startsWith("labforge validate: --node-capacity pve=lots: expected NODE=CORES,MEMORY_MIB,DISK_GIB");
    }
}
