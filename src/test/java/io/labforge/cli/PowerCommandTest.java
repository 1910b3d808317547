package io.labforge.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.labforge.proxmox.Credentials;
import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.Secret;
import io.labforge.proxmox.tls.TlsTrust;
import io.labforge.sandbox.Sandbox;
import io.labforge.sandbox.SandboxConfig;
import io.labforge.sandbox.SandboxInspector;
import io.labforge.sandbox.auth.Acl;
import io.labforge.sandbox.auth.Privileges;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code labforge start} / {@code stop} and the privilege check, as a user runs them against the sandbox
 * with a token that may power guests only through the lab's pool.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PowerCommandTest {

    private static final String LAB = """
            schemaVersion: 1
            name: %s
            target: { profile: home-pve, node: pve, storage: local-lvm, pool: lab-%s }
            networks:
              - { id: lan, kind: lan, bridge: vmbr1, cidr: 10.0.1.0/24, gateway: 10.0.1.1 }
            nodes:
              - { id: gw, kind: firewall, flavor: nftables, nics: [ { network: lan, ip: 10.0.1.1 } ] }
              - { id: pg, kind: database, nics: [ { network: lan, ip: 10.0.1.10 } ] }
              - { id: app, kind: linux-vm, nics: [ { network: lan, ip: 10.0.1.20 } ] }
            """;

    @TempDir
    static Path home;

    private static Sandbox sandbox;
    private static String savedHome;
    private static Path small;
    private static String journal;

    @BeforeAll
    static void userWithAPoolOnlyPowerGrant() throws IOException {
        Set<String> allButPower = new HashSet<>(Privileges.ALL);
        allButPower.remove("VM.PowerMgmt");
        sandbox = Sandbox.start(SandboxConfig.defaults().withNodes(List.of("pve")).withTimeScale(0.005)
                .withAcl(new Acl(Map.of("/", allButPower, "/pool/lab-small", Set.of("VM.PowerMgmt")))));
        savedHome = System.getProperty("user.home");
        System.setProperty("user.home", home.toString());
        Path config = Files.createDirectories(home.resolve(".config/labforge"));
        Files.writeString(config.resolve("profiles.yaml"), "profiles:\n  home-pve:\n    url: " + sandbox.url() + "\n    node: pve\n"
                + "    tokenId: \"" + sandbox.tokenId() + "\"\n    fingerprint: \"" + sandbox.fingerprint() + "\"\n");
        Path credentials = config.resolve("credentials");
        Files.writeString(credentials, "home-pve = " + sandbox.tokenSecret() + "\n");
        Files.setPosixFilePermissions(credentials, PosixFilePermissions.fromString("rw-------"));
        small = Files.writeString(home.resolve("small.yaml"), LAB.formatted("small", "small"));
        journal = home.resolve("small.jsonl").toString();
    }

    @AfterAll
    static void restore() {
        System.setProperty("user.home", savedHome);
        sandbox.close();
    }

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = LabforgeCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private static List<SandboxInspector.GuestInfo> guests() {
        return sandbox.inspect().guests().stream().filter(g -> !g.template()).toList();
    }

    @Test
    @Order(1)
    void aDeployTheTokenCannotFinishIsRefusedBeforeAnythingChanges() throws IOException {
        Path other = Files.writeString(home.resolve("other.yaml"), LAB.formatted("other", "other"));

        Run r = run("deploy", other.toString(), "--yes", "--journal", home.resolve("other.jsonl").toString());

        assertThat(r.code()).isEqualTo(LabforgeCli.PROBLEMS);
        assertThat(r.out()).contains("cannot apply: the API token labforge@pve!sandbox lacks 1 privilege to deploy lab 'other':")
                .contains("VM.PowerMgmt on /pool/lab-other (to start and stop gw and 2 more)")
                .contains("pveum role add LabforgeLab --privs 'VM.PowerMgmt'")
                .contains("pveum acl modify '/pool/lab-other' --tokens 'labforge@pve!sandbox' --roles LabforgeLab");
        assertThat(guests()).isEmpty();
    }

    @Test
    @Order(2)
    void stopsInReverseTiersAndStartsAgainWithProgressLines() throws Exception {
        Run deploy = run("deploy", small.toString(), "--yes", "--journal", journal);
        assertThat(deploy.code()).as(deploy.out() + deploy.err()).isZero();

        Run stop = run("stop", small.toString(), "--json", "--journal", journal);
        assertThat(stop.code()).as(stop.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(stop.out());
        assertThat(json.path("outcome").asText()).isEqualTo("succeeded");
        assertThat(json.path("tiers")).hasSize(3);
        assertThat(json.path("tiers").get(0).path("guests").get(0).asText()).isEqualTo("app");
        assertThat(json.path("tiers").get(2).path("guests").get(0).asText()).isEqualTo("gw");
        assertThat(guests()).hasSize(3).allSatisfy(g -> assertThat(g.running()).isFalse());

        Run start = run("start", small.toString(), "--journal", journal);
        assertThat(start.code()).as(start.err()).isZero();
        assertThat(start.out()).contains("Start lab 'small': start 3 guests in 3 tiers").contains("tier 1: gw (")
                .contains("start gw (VM ").contains("wait until pg is ready").contains("finished: succeeded, started 3 of 3 guests in 3 of 3 tiers")
                .contains("pg: 10.0.1.10");
        assertThat(start.out().indexOf("start pg (")).isGreaterThan(start.out().indexOf("done  gw/wait-ready"));
        assertThat(guests()).allSatisfy(g -> assertThat(g.running()).isTrue());
    }

    @Test
    @Order(3)
    void aGuestOutsideThePoolMakesStopRefuseWithTheGrantCommand() {
        int app = guests().stream().filter(g -> g.name().equals("app")).findFirst().orElseThrow().vmid();
        try (ProxmoxClient c = ProxmoxClient.builder(sandbox.url().toString(),
                new Credentials.ApiToken(sandbox.tokenId(), Secret.of(sandbox.tokenSecret()))).trust(TlsTrust.pinned(sandbox.fingerprint())).build()) {
            c.pools().removeGuests("lab-small", List.of(app));
        }

        Run stop = run("stop", small.toString(), "--journal", journal);

        assertThat(stop.code()).isEqualTo(LabforgeCli.PROBLEMS);
        assertThat(stop.err()).contains("labforge stop: refused: the API token labforge@pve!sandbox lacks 1 privilege to stop lab 'small':\n"
                + "  VM.PowerMgmt on /vms/" + app + " (to stop app)\n")
                .contains("pveum acl modify '/vms/" + app + "' --tokens 'labforge@pve!sandbox' --roles LabforgeLab");
        assertThat(guests()).as("nothing was stopped").allSatisfy(g -> assertThat(g.running()).isTrue());
    }
}
