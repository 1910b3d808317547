package io.labforge.proxmox.api;

import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.fake.FakePveServer;
import io.labforge.proxmox.fake.FakeRequest;
import io.labforge.proxmox.fake.FakeResponse;
import io.labforge.proxmox.fake.TestClients;
import io.labforge.proxmox.pools.Pool;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import io.labforge.proxmox.fake.ContractCheck;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(ContractCheck.class)
class AuthenticationTest {

    private final AtomicInteger logins = new AtomicInteger();
    private FakePveServer server;

    @BeforeEach
    void start() {
        server = new FakePveServer()
                .on("POST /access/ticket", this::login)
                .on("GET /version", r -> authorized(r) ? FakeResponse.data(Map.of("version", "9.1.9", "release", "9.1"))
                        : FakeResponse.reasonOnly(401, "No ticket"))
                .on("POST /pools", r -> {
                    if (!authorized(r)) {
                        return FakeResponse.reasonOnly(401, "No ticket");
                    }
                    boolean csrfNeeded = r.header("authorization") == null;
                    return csrfNeeded && !("csrf-" + logins.get()).equals(r.header("csrfpreventiontoken"))
                            ? FakeResponse.reasonOnly(401, "Permission denied - invalid csrf token")
                            : FakeResponse.nullData();
                });
    }

    private FakeResponse login(FakeRequest r) {
        if (!"deployer@pve".equals(r.param("username")) || !TestClients.PASSWORD.equals(r.param("password"))) {
            return FakeResponse.reasonOnly(401, "authentication failure");
        }
        int n = logins.incrementAndGet();
        return FakeResponse.data(Map.of("ticket", "PVE:deployer@pve:6743ABCD::sig" + n + "+/=",
                "CSRFPreventionToken", "csrf-" + n, "username", "deployer@pve"));
    }

    /** Only the newest ticket is valid, as after an expiry. */
    private boolean authorized(FakeRequest r) {
        String auth = r.header("authorization");
        if (auth != null) {
            return auth.equals("PVEAPIToken=" + TestClients.TOKEN_ID + "=" + TestClients.TOKEN_SECRET);
        }
        String cookie = r.header("cookie");
        return cookie != null && cookie.startsWith("PVEAuthCookie=") && java.net.URLDecoder.decode(cookie.substring(14),
                java.nio.charset.StandardCharsets.UTF_8).equals("PVE:deployer@pve:6743ABCD::sig" + logins.get() + "+/=");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void tokenGoesInTheAuthorizationHeaderAndNeedsNoCsrf() {
        try (ProxmoxClient c = TestClients.token(server).build()) {
            assertThat(c.version().get().major()).isEqualTo(9);
            c.pools().create("lab-acme", "Acme lab");
        }
        assertThat(server.received()).allSatisfy(r -> {
            assertThat(r.header("authorization")).isEqualTo("PVEAPIToken=deployer@pve!labforge=" + TestClients.TOKEN_SECRET);
            assertThat(r.header("csrfpreventiontoken")).isNull();
        });
    }

    @Test
    void ticketLoginSendsCookieAndCsrfOnlyOnWrites() {
        try (ProxmoxClient c = TestClients.password(server).build()) {
            c.version().get();
            c.pools().create("lab-acme", null);
        }
        assertThat(logins).hasValue(1);
        FakeRequest get = server.received().get(1);
        FakeRequest post = server.received().get(2);
        assertThat(get.header("csrfpreventiontoken")).isNull();
        assertThat(get.header("cookie")).startsWith("PVEAuthCookie=PVE%3Adeployer%40pve%3A");
        assertThat(post.header("csrfpreventiontoken")).isEqualTo("csrf-1");
        assertThat(post.header("authorization")).isNull();
    }

    @Test
    void ticketIsRenewedBeforeTheTwoHourExpiry() {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-24T06:00:00Z"));
        try (ProxmoxClient c = TestClients.password(server).clock(clock).build()) {
            c.version().get();
            clock.advance(Duration.ofMinutes(89));
            c.version().get();
            assertThat(logins).hasValue(1);
            clock.advance(Duration.ofMinutes(2)); // 91 min: renew now, long before the 120 min expiry
            c.pools().create("lab-acme", null);
            assertThat(logins).hasValue(2);
        }
        assertThat(server.count("POST", "/access/ticket")).isEqualTo(2);
    }

    @Test
    void aRejectedTicketLeadsToOneFreshLogin() {
        try (ProxmoxClient c = TestClients.password(server).build()) {
            c.version().get();
            logins.incrementAndGet(); // the server forgets the ticket (e.g. restarted with a new key)
            c.version().get();
        }
        assertThat(server.count("POST", "/access/ticket")).isEqualTo(2);
        assertThat(server.count("GET", "/version")).isEqualTo(3);
    }

    @Test
    void wrongPasswordIsAnAuthenticationFailureWithoutThePassword() {
        try (ProxmoxClient c = io.labforge.proxmox.ProxmoxClient.builder(server.url(),
                        new io.labforge.proxmox.Credentials.UserPassword("deployer@pve", io.labforge.proxmox.Secret.of("wrong-password-42")))
                .trust(io.labforge.proxmox.tls.TlsTrust.pinned(io.labforge.proxmox.tls.Fingerprints.sha256(server.certificate().certificate())))
                .listener(TestClients.RECORDED::add).build()) {
            assertThatThrownBy(() -> c.version().get())
                    .isInstanceOf(AuthenticationFailedException.class)
                    .hasMessage("Unable to log in: 401 authentication failure")
                    .hasMessageNotContaining("wrong-password-42");
        }
    }

    @Test
    void listenersNeverSeeThePassword() {
        List<RecordedRequest> seen = new java.util.ArrayList<>();
        try (ProxmoxClient c = TestClients.password(server).listener(seen::add).build()) {
            c.version().get();
        }
        assertThat(seen.get(0).pathTemplate()).isEqualTo("/access/ticket");
        assertThat(seen.get(0).params()).containsEntry("password", List.of("******"));
        assertThat(seen.toString()).doesNotContain(TestClients.PASSWORD);
    }

    @Test
    void poolsAreReadWithTheQueryForm() {
        server.on("GET /pools", r -> FakeResponse.data(List.of(Map.of("poolid", r.param("poolid"), "comment", "x",
                "members", List.of(Map.of("id", "qemu/101", "type", "qemu", "vmid", 101, "node", "pve1"))))));
        try (ProxmoxClient c = TestClients.token(server).build()) {
            Pool p = c.pools().get("lab-acme").orElseThrow();
            assertThat(p.members()).singleElement().extracting(m -> m.vmid()).isEqualTo(101);
        }
        assertThat(server.received().get(0).rawQuery()).isEqualTo("poolid=lab-acme");
    }

    static final class MutableClock extends Clock {
        private Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
