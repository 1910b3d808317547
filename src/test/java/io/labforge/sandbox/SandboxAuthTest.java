package io.labforge.sandbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.net.ssl.SSLHandshakeException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** API token and ticket + CSRF authentication, TLS, and privilege checks from the schema. */
class SandboxAuthTest {

    static Sandbox sandbox;
    static TestApi api;

    @BeforeAll
    static void start() {
        sandbox = Sandbox.start(SandboxConfig.defaults().withTimeScale(0.01));
        api = new TestApi(sandbox);
    }

    @AfterAll
    static void stop() throws Exception {
        api.close();
        sandbox.close();
    }

    @Test
    void acceptsTheTokenAndRefusesABadOne() throws Exception {
        assertThat(api.useToken(sandbox.tokenSecret()).get("/nodes").status()).isEqualTo(200);
        TestApi.Response bad = api.useToken("00000000-0000-0000-0000-000000000000").get("/nodes");
        assertThat(bad.status()).isEqualTo(401);
        assertThat(bad.body().toString()).doesNotContain(sandbox.tokenSecret());
        TestApi.Response none = api.anonymous().get("/nodes");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.reason()).isEqualTo("No ticket");
        api.useToken(sandbox.tokenSecret());
    }

    @Test
    void ticketLoginNeedsCsrfOnWrites() throws Exception {
        try (TestApi user = new TestApi(sandbox)) {
            TestApi.Response wrong = user.anonymous().post("/access/ticket", "username", sandbox.username(), "password", "nope");
            assertThat(wrong.status()).isEqualTo(401);
            TestApi.Response login = user.post("/access/ticket", "username", sandbox.username(), "password", sandbox.password());
            assertThat(login.status()).isEqualTo(200);
            String ticket = login.data().path("ticket").asText();
            String csrf = login.data().path("CSRFPreventionToken").asText();
            assertThat(ticket).startsWith("PVE:labforge@pve:");

            assertThat(user.useTicket(ticket, null).get("/version").status()).isEqualTo(200);
            TestApi.Response noCsrf = user.useTicket(ticket, null).post("/pools", "poolid", "lab1");
            assertThat(noCsrf.status()).isEqualTo(401);
            assertThat(noCsrf.reason()).isEqualTo("Permission denied - invalid csrf token");
            assertThat(user.useTicket(ticket, csrf).post("/pools", "poolid", "lab1").status()).isEqualTo(200);
            assertThat(user.useTicket(ticket + "x", csrf).get("/version").status()).isEqualTo(401);

            TestApi.Response renewed = user.anonymous().post("/access/ticket", "username", sandbox.username(), "password", ticket);
            assertThat(renewed.status()).isEqualTo(200);
        }
    }

    @Test
    void expiredTicketsAreRefused() throws Exception {
        try (Sandbox shortLived = Sandbox.start(SandboxConfig.defaults().withTimeScale(0.01)
                .withTicketLifetime(java.time.Duration.ZERO)); TestApi user = new TestApi(shortLived)) {
            TestApi.Response login = user.anonymous().post("/access/ticket", "username", shortLived.username(),
                    "password", shortLived.password());
            Thread.sleep(1100);
            assertThat(user.useTicket(login.data().path("ticket").asText(), null).get("/version").status()).isEqualTo(401);
        }
    }

    @Test
    void privilegesComeFromTheConfigAndTheSchemaChecks() throws Exception {
        SandboxConfig readOnly = SandboxConfig.defaults().withTimeScale(0.01)
                .withPrivileges(Set.of("VM.Audit", "Sys.Audit", "Datastore.Audit"));
        try (Sandbox limited = Sandbox.start(readOnly); TestApi client = new TestApi(limited)) {
            assertThat(client.get("/cluster/resources", "type", "vm").data()).hasSize(3);
            TestApi.Response clone = client.post("/nodes/pve1/qemu/9000/clone", "newid", "105");
            assertThat(clone.status()).isEqualTo(403);
            assertThat(clone.reason()).isEqualTo("Permission check failed (/vms/9000, VM.Clone)");
            TestApi.Response perms = client.get("/access/permissions");
            assertThat(perms.data().path("/").has("VM.Audit")).isTrue();
            assertThat(perms.data().path("/").has("VM.Allocate")).isFalse();
            TestApi.Response bridge = client.post("/nodes/pve1/network", "iface", "vmbr9", "type", "bridge");
            assertThat(bridge.reason()).isEqualTo("Permission check failed (/nodes/pve1, Sys.Modify)");
        }
        assertThat(api.get("/access/permissions").data().path("/").has("VM.GuestAgent.Audit")).isTrue();
        assertThat(api.get("/access/permissions").data().path("/").has("VM.Monitor")).isFalse();
    }

    @Test
    void perOptionConfigPrivilegesAndRootOnlyOptions() throws Exception {
        SandboxConfig noNetwork = SandboxConfig.defaults().withTimeScale(0.01)
                .withPrivileges(Set.of("VM.Audit", "VM.Config.CPU", "VM.Config.Options"));
        try (Sandbox limited = Sandbox.start(noNetwork); TestApi client = new TestApi(limited)) {
            TestApi.Response net = client.put("/nodes/pve1/qemu/9000/config", "net1", "virtio,bridge=vmbr1");
            assertThat(net.reason()).isEqualTo("Permission check failed (/vms/9000, VM.Config.Network)");
            assertThat(client.put("/nodes/pve1/qemu/9000/config", "cores", "4").status()).isEqualTo(200);
        }
        assertThat(api.put("/nodes/pve1/qemu/9000/config", "args", "-no-reboot").reason())
                .isEqualTo("only root can set 'args' config");
    }

    @Test
    void tlsPresentsAPinnableSelfSignedCertificate() throws Exception {
        HttpClient systemTrust = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.url() + "/api2/json/version")).build();
        assertThatThrownBy(() -> systemTrust.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(SSLHandshakeException.class);
        HttpClient pinned = HttpClient.newBuilder().sslContext(TestApi.trusting(sandbox)).build();
        HttpResponse<String> r = pinned.send(HttpRequest.newBuilder(URI.create(sandbox.url() + "/api2/json/version"))
                .header("Authorization", "PVEAPIToken=" + sandbox.tokenId() + "=" + sandbox.tokenSecret()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"release\":\"9.1\"");
    }
}
