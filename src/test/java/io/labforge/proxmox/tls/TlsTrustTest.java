package io.labforge.proxmox.tls;

import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.api.CertificateRejectedException;
import io.labforge.proxmox.fake.FakePveServer;
import io.labforge.proxmox.fake.FakeResponse;
import io.labforge.proxmox.fake.SelfSignedCertificate;
import io.labforge.proxmox.fake.TestClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import io.labforge.proxmox.fake.ContractCheck;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(ContractCheck.class)
class TlsTrustTest {

    private FakePveServer server;
    private String serverFingerprint;

    @BeforeEach
    void start() {
        server = new FakePveServer().on("GET /version", r -> FakeResponse.data(Map.of("version", "9.1.9", "release", "9.1", "repoid", "abc")));
        serverFingerprint = Fingerprints.sha256(server.certificate().certificate());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ProxmoxClient client(TlsTrust trust) {
        return TestClients.token(server).trust(trust).build();
    }

    @Test
    void rightPinIsAcceptedInAnySpelling() {
        String lowerNoColons = serverFingerprint.replace(":", "").toLowerCase();
        try (ProxmoxClient c = client(TlsTrust.pinned(lowerNoColons))) {
            assertThat(c.version().get().release()).isEqualTo("9.1");
        }
    }

    @Test
    void wrongPinIsRefusedWithoutAsking() {
        String other = Fingerprints.sha256(SelfSignedCertificate.generate("evil").certificate());
        List<String> asked = new ArrayList<>();
        try (ProxmoxClient c = client(TlsTrust.pinned(other).withPrompt((fp, cert) -> {
            asked.add(fp);
            return CertificateDecision.ACCEPT;
        }))) {
            assertThatThrownBy(() -> c.version().get())
                    .isInstanceOfSatisfying(CertificateRejectedException.class, e -> {
                        assertThat(e.pinMismatch()).isTrue();
                        assertThat(e.fingerprint()).isEqualTo(serverFingerprint);
                    })
                    .hasMessageContaining("does not match the pinned fingerprint " + other);
        }
        assertThat(asked).isEmpty();
        assertThat(server.received()).isEmpty(); // no request left the client
    }

    @Test
    void unknownCertificateAsksAndHonoursAccept() {
        List<X509Certificate> shown = new ArrayList<>();
        TlsTrust trust = TlsTrust.system().withPrompt((fp, cert) -> {
            assertThat(fp).isEqualTo(serverFingerprint);
            shown.add(cert);
            return CertificateDecision.ACCEPT;
        });
        try (ProxmoxClient c = client(trust)) {
            assertThat(c.version().get().version()).isEqualTo("9.1.9");
            assertThat(c.version().get().version()).isEqualTo("9.1.9");
        }
        assertThat(shown).hasSize(1).first().isEqualTo(server.certificate().certificate());
        assertThat(trust.acceptedFingerprints()).containsExactly(serverFingerprint);
    }

    @Test
    void unknownCertificateAsksAndHonoursReject() {
        try (ProxmoxClient c = client(TlsTrust.system().withPrompt((fp, cert) -> CertificateDecision.REJECT))) {
            assertThatThrownBy(() -> c.version().get())
                    .isInstanceOfSatisfying(CertificateRejectedException.class, e -> assertThat(e.pinMismatch()).isFalse())
                    .hasMessageContaining(serverFingerprint)
                    .hasMessageContaining("Node > System > Certificates");
        }
        assertThat(server.received()).isEmpty();
    }

    @Test
    void systemTrustAloneRefusesASelfSignedCertificate() {
        try (ProxmoxClient c = client(TlsTrust.system())) {
            assertThatThrownBy(() -> c.version().get()).isInstanceOf(CertificateRejectedException.class);
        }
    }

    @Test
    void fingerprintsAreValidated() {
        assertThatThrownBy(() -> TlsTrust.pinned("AB:CD")).hasMessageContaining("32 hex bytes");
        assertThat(Fingerprints.normalize("ab cd" + " 00".repeat(30))).startsWith("AB:CD:00:");
    }
}
