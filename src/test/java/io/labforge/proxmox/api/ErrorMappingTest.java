package io.labforge.proxmox.api;

import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.fake.FakePveServer;
import io.labforge.proxmox.fake.FakeResponse;
import io.labforge.proxmox.fake.LogCapture;
import io.labforge.proxmox.fake.TestClients;
import io.labforge.proxmox.nodes.qemu.QemuClone;
import io.labforge.proxmox.nodes.qemu.QemuOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import io.labforge.proxmox.fake.ContractCheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(ContractCheck.class)
class ErrorMappingTest {

    private FakePveServer server;

    @BeforeEach
    void start() {
        server = new FakePveServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ProxmoxException failureOf(FakeResponse response, Function<ProxmoxClient, Object> call) {
        server.on("GET /nodes/pve1/qemu/117/config", r -> response);
        server.on("POST /nodes/pve1/qemu/9000/clone", r -> response);
        try (ProxmoxClient c = TestClients.token(server).retry(RetryPolicy.none()).build()) {
            try {
                call.apply(c);
            } catch (ProxmoxException e) {
                return e;
            }
        }
        throw new AssertionError("no exception");
    }

    private ProxmoxException readConfigFails(FakeResponse response) {
        return failureOf(response, c -> c.node("pve1").qemu().config(117));
    }

    @Test
    void missingGuestIsNotFoundAlthoughPveSays500() {
        ProxmoxException e = readConfigFails(FakeResponse.error(500, "Configuration file 'nodes/pve1/qemu-server/117.conf' does not exist"));
        assertThat(e).isInstanceOf(NotFoundException.class)
                .hasMessage("Unable to read the config of VM 117 on pve1: 500 Configuration file 'nodes/pve1/qemu-server/117.conf' does not exist");
        assertThat(e.status()).isEqualTo(500);
    }

    @Test
    void errorTextOnlyInTheReasonPhraseAsOnOlderPve() {
        ProxmoxException e = readConfigFails(FakeResponse.reasonOnly(500, "Configuration file 'nodes/pve1/qemu-server/117.conf' does not exist"));
        assertThat(e).isInstanceOf(NotFoundException.class).hasMessageContaining("117.conf' does not exist");
        assertThat(failureOf(FakeResponse.reasonOnly(500, "VM 9000 is locked (clone)"),
                c -> c.node("pve1").qemu().cloneAsync(9000, QemuClone.of(101, "web1"))))
                .isInstanceOf(LockTimeoutException.class).hasMessageEndingWith("500 VM 9000 is locked (clone)");
    }

    @Test
    void lockTimeouts() {
        assertThat(readConfigFails(FakeResponse.error(500, "can't lock file '/var/lock/qemu-server/lock-117.conf' - got timeout")))
                .isInstanceOf(LockTimeoutException.class);
        assertThat(readConfigFails(FakeResponse.error(500, "clone failed: cfs-lock 'storage-local-lvm' error: got lock request timeout")))
                .isInstanceOf(LockTimeoutException.class);
    }

    @Test
    void permissionDenied() {
        assertThat(readConfigFails(FakeResponse.error(403, "Permission check failed (/vms/117, VM.Audit)")))
                .isInstanceOf(PermissionDeniedException.class)
                .hasMessageEndingWith("403 Permission check failed (/vms/117, VM.Audit)");
    }

    @Test
    void parameterVerificationCarriesThePerParameterMap() {
        ProxmoxException e = failureOf(FakeResponse.error(400, "Parameter verification failed.",
                        Map.of("newid", "VM 101 already exists", "name", "invalid format - value does not look like a valid DNS name")),
                c -> c.node("pve1").qemu().cloneAsync(9000, QemuClone.of(101, "web1")));
        assertThat(e).isInstanceOfSatisfying(ParameterVerificationException.class, p -> assertThat(p.errors())
                .containsEntry("newid", "VM 101 already exists").containsKey("name"));
        assertThat(e).hasMessageContaining("400 Parameter verification failed. (name: invalid format")
                .hasMessageContaining("newid: VM 101 already exists");
    }

    @Test
    void authenticationFailed() {
        assertThat(readConfigFails(FakeResponse.reasonOnly(401, "invalid token value!")))
                .isInstanceOf(AuthenticationFailedException.class);
    }

    @Test
    void proxyFailuresAreTransient() {
        for (int status : new int[] {502, 595, 596, 597, 599}) {
            assertThat(readConfigFails(FakeResponse.reasonOnly(status, "Connection timed out")))
                    .as("status %d", status).isInstanceOf(TransientException.class);
        }
        assertThat(readConfigFails(FakeResponse.error(500, "got no worker upid - start worker failed")))
                .isInstanceOf(TransientException.class);
    }

    @Test
    void droppedConnectionIsTransient() {
        assertThat(readConfigFails(FakeResponse.dropConnection())).isInstanceOf(TransientException.class)
                .hasMessageStartingWith("Unable to read the config of VM 117 on pve1: connection to 127.0.0.1:");
    }

    @Test
    void otherServerErrorsStayGeneric() {
        ProxmoxException e = readConfigFails(FakeResponse.error(500, "cluster not ready - no quorum?"));
        assertThat(e.getClass()).isEqualTo(ProxmoxException.class);
        assertThat(e.serverMessage()).isEqualTo("cluster not ready - no quorum?");
    }

    @Test
    void unknownPathIsReportedWithTheServersWords() {
        try (ProxmoxClient c = TestClients.token(server).build()) {
            assertThatThrownBy(() -> c.cluster().nextId()).hasMessageContaining("501 Method 'GET /cluster/nextid' not implemented");
        }
    }

    @Test
    void noSecretInAnyMessageOrLogLineEvenWhenTheServerEchoesIt() {
        String echo = "token " + TestClients.TOKEN_SECRET + " password " + TestClients.PASSWORD
                + " ticket PVE:deployer@pve:ABC::ticketsig csrf 67ABCDEF:csrfsig cipw s3cr3t-ci-pass";
        List<FakeResponse> responses = List.of(
                FakeResponse.error(400, "Parameter verification failed.", Map.of("cipassword", echo)),
                FakeResponse.error(401, echo), FakeResponse.reasonOnly(403, echo), FakeResponse.error(500, echo),
                FakeResponse.error(500, echo + " does not exist"), FakeResponse.error(500, echo + " got timeout"),
                FakeResponse.reasonOnly(596, echo), FakeResponse.dropConnection());
        server.on("POST /access/ticket", r -> FakeResponse.data(Map.of("ticket", "PVE:deployer@pve:ABC::ticketsig",
                "CSRFPreventionToken", "67ABCDEF:csrfsig")));
        List<String> tokenMessages = new ArrayList<>();
        List<String> ticketMessages = new ArrayList<>();
        List<String> logLines;
        try (LogCapture logs = new LogCapture()) {
            for (FakeResponse response : responses) {
                server.on("POST /nodes/pve1/qemu/117/config", r -> response);
                configure(TestClients.token(server), tokenMessages);
                configure(TestClients.password(server), ticketMessages);
            }
            logLines = logs.lines();
        }
        assertThat(tokenMessages).hasSize(responses.size() + 1); // + the errors map of the 400
        assertThat(ticketMessages).hasSize(responses.size() + 1);
        assertThat(String.join("\n", tokenMessages)).doesNotContain(TestClients.TOKEN_SECRET, "s3cr3t-ci-pass").contains("******");
        assertThat(String.join("\n", ticketMessages)).doesNotContain(TestClients.PASSWORD, "ticketsig", "csrfsig", "s3cr3t-ci-pass");
        assertThat(logLines).isNotEmpty();
        assertThat(String.join("\n", logLines)).doesNotContain(TestClients.TOKEN_SECRET, TestClients.PASSWORD,
                "ticketsig", "csrfsig", "s3cr3t-ci-pass");
        assertThat(TestClients.RECORDED.toString()).doesNotContain(TestClients.TOKEN_SECRET, TestClients.PASSWORD, "s3cr3t-ci-pass");
    }

    private static void configure(ProxmoxClient.Builder builder, List<String> messages) {
        try (ProxmoxClient c = builder.build()) {
            c.node("pve1").qemu().updateConfigAsync(117, QemuOptions.create().ciPassword(io.labforge.proxmox.Secret.of("s3cr3t-ci-pass")));
        } catch (ProxmoxException e) {
            messages.add(e.getMessage() + " | " + e.serverMessage() + " | " + e);
            if (e instanceof ParameterVerificationException p) {
                messages.add(p.errors().toString());
            }
        }
    }
}
