package io.labforge.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;

import static org.assertj.core.api.Assertions.assertThat;

class SandboxCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return LabforgeCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void printsWhatAClientNeedsAndStops() {
        int code = run("sandbox", "--port", "0", "--nodes", "pve1,pve2", "--time-scale", "0.01", "--stop-after", "1");
        assertThat(code).isEqualTo(LabforgeCli.OK);
        assertThat(out.toString())
                .contains("serving 2 node(s): pve1, pve2")
                .containsPattern("URL +https://127\\.0\\.0\\.1:\\d+")
                .containsPattern("Fingerprint +([0-9A-F]{2}:){31}[0-9A-F]{2}")
                .contains("Token ID     labforge@pve!sandbox")
                .containsPattern("Secret +[0-9a-f-]{36}")
                .contains("sandbox stopped");
    }

    @Test
    void refusesBadFaultsAndPrivilegesWithAHint() {
        assertThat(run("sandbox", "--port", "0", "--faults", "transient=5")).isEqualTo(LabforgeCli.BAD_INPUT);
        assertThat(err.toString()).contains("between 0 and 1");
        assertThat(run("sandbox", "--port", "0", "--privileges", "VM.Monitor")).isEqualTo(LabforgeCli.BAD_INPUT);
        assertThat(err.toString()).contains("invalid privilege 'VM.Monitor'").contains("VM.GuestAgent.Audit");
        assertThat(run("sandbox", "--port", "0", "--nodes", "pve_1")).isEqualTo(LabforgeCli.BAD_INPUT);
        assertThat(err.toString()).contains("invalid node name 'pve_1'");
    }

    @Test
    void reportsABusyPortWithoutAStackTrace() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int code = run("sandbox", "--port", String.valueOf(busy.getLocalPort()), "--stop-after", "1");
            assertThat(code).isEqualTo(LabforgeCli.BAD_INPUT);
            assertThat(err.toString()).contains("cannot start the sandbox on port " + busy.getLocalPort())
                    .doesNotContain("\tat ");
        }
    }
}
