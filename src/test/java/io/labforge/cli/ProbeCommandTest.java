package io.labforge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.labforge.proxmox.fake.FakeCluster;
import io.labforge.proxmox.fake.FakePveServer;
import io.labforge.proxmox.fake.TestClients;
import io.labforge.proxmox.tls.Fingerprints;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ProbeCommandTest {

    private FakePveServer server;
    private String fingerprint;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final List<String> questions = new ArrayList<>();

    @BeforeEach
    void start() {
        server = new FakePveServer();
        FakeCluster.homelab(server, FakeCluster.vmAdminOnPoolOnly());
        fingerprint = Fingerprints.sha256(server.certificate().certificate());
    }

    @AfterEach
    void stop() {
        server.close();
        assertThat(out + "\n" + err).doesNotContain(TestClients.TOKEN_SECRET);
    }

    private Terminal terminal(boolean interactive, String secret, String answer) {
        return new Terminal() {
            @Override
            public boolean interactive() {
                return interactive;
            }

            @Override
            public char[] readPassword(String prompt) {
                questions.add(prompt);
                return secret.toCharArray();
            }

            @Override
            public String readLine(String prompt) {
                questions.add(prompt);
                return answer;
            }
        };
    }

    private int run(Map<String, String> env, Terminal terminal, String... args) {
        CommandLine cmd = new CommandLine(new ProbeCommand(env::get, terminal));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    @Test
    void printsTheReportWithAPinnedFingerprintAndTheSecretFromTheEnvironment() {
        int code = run(Map.of("LABFORGE_TOKEN_SECRET", TestClients.TOKEN_SECRET), terminal(false, "", ""),
                "--url", server.url(), "--token-id", TestClients.TOKEN_ID, "--fingerprint", fingerprint);
        assertThat(code).isEqualTo(LabforgeCli.PROBLEMS); // SDN.Use and Pool.Allocate are missing
        assertThat(out.toString()).contains("Proxmox VE 9.1.9 at 127.0.0.1:", "as deployer@pve!labforge",
                "pve1         online   CPU  12.0 of  16 free   RAM    40.0 of    64.0 GiB free",
                "9000   ubuntu-2404-cloud", "local:iso/pfSense-CE-2.7.2-RELEASE-amd64.iso",
                "missing  SDN.Use", "missing  Pool.Allocate", "Not ready to deploy");
        assertThat(server.received()).allSatisfy(r -> assertThat(r.header("authorization")).endsWith(TestClients.TOKEN_SECRET));
    }

    @Test
    void jsonOutput() throws Exception {
        run(Map.of("LABFORGE_TOKEN_SECRET", TestClients.TOKEN_SECRET), terminal(false, "", ""),
                "--url", server.url(), "--token-id", TestClients.TOKEN_ID, "--fingerprint", fingerprint, "--json");
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.path("version").asText()).isEqualTo("9.1.9");
        assertThat(json.path("templates").get(0).path("vmid").asInt()).isEqualTo(9000);
        assertThat(json.path("missingPrivileges").findValuesAsText("privilege")).contains("SDN.Use", "Pool.Allocate");
    }

    @Test
    void asksForTheSecretInATerminal() {
        int code = run(Map.of(), terminal(true, TestClients.TOKEN_SECRET, "n"),
                "--url", server.url(), "--token-id", TestClients.TOKEN_ID, "--fingerprint", fingerprint);
        assertThat(code).isEqualTo(LabforgeCli.PROBLEMS);
        assertThat(questions).containsExactly("API token secret for deployer@pve!labforge: ");
        assertThat(out.toString()).contains("Proxmox VE 9.1.9");
    }

    @Test
    void withoutSecretAndTerminalItSaysHowToGiveOne() {
        int code = run(Map.of(), terminal(false, "", ""), "--url", server.url(), "--token-id", TestClients.TOKEN_ID);
        assertThat(code).isEqualTo(LabforgeCli.BAD_INPUT);
        assertThat(err.toString()).contains("set LABFORGE_TOKEN_SECRET");
        assertThat(server.received()).isEmpty();
    }

    @Test
    void unknownCertificateWithoutTerminalFailsAndTellsHowToPin() {
        int code = run(Map.of("LABFORGE_TOKEN_SECRET", TestClients.TOKEN_SECRET), terminal(false, "", ""),
                "--url", server.url(), "--token-id", TestClients.TOKEN_ID);
        assertThat(code).isEqualTo(LabforgeCli.PROBLEMS);
        assertThat(err.toString()).contains("run again with --fingerprint " + fingerprint);
        assertThat(server.received()).isEmpty();
    }

    @Test
    void unknownCertificateInATerminalShowsTheFingerprintAndAsks() {
        int code = run(Map.of("LABFORGE_TOKEN_SECRET", TestClients.TOKEN_SECRET), terminal(true, "", "y"),
                "--url", server.url(), "--token-id", TestClients.TOKEN_ID);
        assertThat(code).isEqualTo(LabforgeCli.PROBLEMS);
        assertThat(questions).containsExactly("Trust this certificate? [y/N] ");
        assertThat(err.toString()).contains("SHA-256: " + fingerprint, "Pass --fingerprint " + fingerprint);
        assertThat(out.toString()).contains("Proxmox VE 9.1.9");
    }

    @Test
    void refusingTheCertificateStops() {
        int code = run(Map.of("LABFORGE_TOKEN_SECRET", TestClients.TOKEN_SECRET), terminal(true, "", ""),
                "--url", server.url(), "--token-id", TestClients.TOKEN_ID);
        assertThat(code).isEqualTo(LabforgeCli.PROBLEMS);
        assertThat(server.received()).isEmpty();
    }

    @Test
    void badInputIsReportedPlainly() {
        Map<String, String> env = Map.of("LABFORGE_TOKEN_SECRET", TestClients.TOKEN_SECRET);
        assertThat(run(env, terminal(false, "", ""), "--url", server.url(), "--token-id", "deployer", "--fingerprint", fingerprint))
                .isEqualTo(LabforgeCli.BAD_INPUT);
        assertThat(run(env, terminal(false, "", ""), "--url", server.url(), "--token-id", TestClients.TOKEN_ID, "--fingerprint", "AB:CD"))
                .isEqualTo(LabforgeCli.BAD_INPUT);
        assertThat(run(env, terminal(false, "", ""), "--url", "http://pve1:8006", "--token-id", TestClients.TOKEN_ID))
                .isEqualTo(LabforgeCli.BAD_INPUT);
        assertThat(err.toString()).contains("user@realm!tokenid", "32 hex bytes", "only served over HTTPS").doesNotContain("Exception");
    }

    @Test
    void isRegisteredOnTheRootCommand() {
        StringWriter help = new StringWriter();
        int code = LabforgeCli.run(new PrintWriter(help, true), new PrintWriter(new StringWriter(), true), "probe", "--help");
        assertThat(code).isZero();
        assertThat(help.toString()).contains("--token-id", "LABFORGE_TOKEN_SECRET").doesNotContain("--secret");
    }
}
