package io.labforge.proxmox.api;

import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.fake.FakePveServer;
import io.labforge.proxmox.fake.FakeResponse;
import io.labforge.proxmox.fake.TestClients;
import io.labforge.proxmox.nodes.qemu.CloneOutcome;
import io.labforge.proxmox.nodes.qemu.QemuClone;
import io.labforge.proxmox.nodes.qemu.QemuCreate;
import io.labforge.proxmox.nodes.qemu.QemuOptions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import io.labforge.proxmox.fake.ContractCheck;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(ContractCheck.class)
class RetryTest {

    private static final String UPID = "UPID:pve1:0035D677:03AB00C3:66DC5987:qmclone:9000:deployer@pve!labforge:";

    private FakePveServer server;
    private ProxmoxClient client;
    /** VMs that exist on the fake node: vmid -> name. */
    private final Map<Integer, String> vms = new ConcurrentHashMap<>();
    private final AtomicInteger creations = new AtomicInteger();

    @BeforeEach
    void start() {
        server = new FakePveServer();
        client = TestClients.token(server).build();
        server.on("GET /nodes/pve1/qemu/101/config", r -> vms.containsKey(101)
                ? FakeResponse.data(Map.of("name", vms.get(101), "digest", "abc", "lock", "clone"))
                : FakeResponse.error(500, "Configuration file 'nodes/pve1/qemu-server/101.conf' does not exist"));
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    /** The clone runs on the server; then the answer is lost as the faults list says. */
    private void cloneEndpoint(List<FakeResponse> faults) {
        AtomicInteger call = new AtomicInteger();
        server.on("POST /nodes/pve1/qemu/9000/clone", r -> {
            int n = call.getAndIncrement();
            FakeResponse fault = n < faults.size() ? faults.get(n) : null;
            if (fault != null && fault.status() != 0 && fault.status() != 596) {
                return fault; // refused before doing anything (lock timeout)
            }
            if (vms.putIfAbsent(Integer.parseInt(r.param("newid")), r.param("name")) != null) {
                return FakeResponse.error(500, "unable to create VM 101 - VM 101 already exists on node 'pve1'");
            }
            creations.incrementAndGet();
            return fault != null ? fault : FakeResponse.data(UPID);
        });
    }

    @Test
    void idempotentReadsAreRetriedOnTransientFailures() {
        AtomicInteger n = new AtomicInteger();
        server.on("GET /version", r -> n.getAndIncrement() < 2 ? FakeResponse.reasonOnly(596, "Connection timed out")
                : FakeResponse.data(Map.of("version", "9.1.9", "release", "9.1")));
        assertThat(client.version().get().release()).isEqualTo("9.1");
        assertThat(server.count("GET", "/version")).isEqualTo(3);
    }

    @Test
    void readsAreRetriedAfterADroppedConnection() {
        AtomicInteger n = new AtomicInteger();
        server.on("GET /version", r -> n.getAndIncrement() == 0 ? FakeResponse.dropConnection()
                : FakeResponse.data(Map.of("version", "9.1.9", "release", "9.1")));
        assertThat(client.version().get().version()).isEqualTo("9.1.9");
    }

    @Test
    void permanentErrorsAreNotRetried() {
        server.on("GET /version", r -> FakeResponse.error(403, "Permission check failed (/, Sys.Audit)"));
        assertThatThrownBy(() -> client.version().get()).isInstanceOf(PermissionDeniedException.class);
        assertThat(server.count("GET", "/version")).isEqualTo(1);
    }

    @Test
    void retriesGiveUpAfterMaxAttempts() {
        server.on("GET /version", r -> FakeResponse.reasonOnly(599, "Too many redirections"));
        assertThatThrownBy(() -> client.version().get()).isInstanceOf(TransientException.class);
        assertThat(server.count("GET", "/version")).isEqualTo(4);
    }

    @Test
    void creatingCallsAreNeverRepeatedBlindly() {
        server.on("POST /nodes/pve1/qemu", r -> {
            creations.incrementAndGet();
            return FakeResponse.reasonOnly(596, "Connection timed out");
        });
        assertThatThrownBy(() -> client.node("pve1").qemu().createAsync(QemuCreate.of(101, QemuOptions.create().name("web1"))))
                .isInstanceOf(TransientException.class);
        assertThat(creations).hasValue(1);
    }

    @Test
    void cloneIfAbsentAdoptsTheCloneWhoseAnswerWasLost() {
        cloneEndpoint(List.of(FakeResponse.dropConnection()));
        CloneOutcome outcome = client.node("pve1").qemu().cloneIfAbsent(9000, QemuClone.of(101, "web1"), TestClients.fastRetry());
        assertThat(outcome.adopted()).isTrue();
        assertThat(creations).hasValue(1);
        assertThat(server.count("POST", "/nodes/pve1/qemu/9000/clone")).isEqualTo(1);
        assertThat(server.count("GET", "/nodes/pve1/qemu/101/config")).isEqualTo(1);
    }

    @Test
    void cloneIfAbsentAdoptsAfterA596ThatHidASuccess() {
        cloneEndpoint(List.of(FakeResponse.reasonOnly(596, "Connection timed out")));
        CloneOutcome outcome = client.node("pve1").qemu().cloneIfAbsent(9000, QemuClone.of(101, "web1"), TestClients.fastRetry());
        assertThat(outcome.adopted()).isTrue();
        assertThat(creations).hasValue(1);
    }

    @Test
    void cloneIfAbsentRetriesWhenNothingWasCreated() {
        FakeResponse lock = FakeResponse.error(500, "can't lock file '/var/lock/qemu-server/lock-9000.conf' - got timeout");
        cloneEndpoint(List.of(lock, lock));
        CloneOutcome outcome = client.node("pve1").qemu().cloneIfAbsent(9000, QemuClone.of(101, "web1"), TestClients.fastRetry());
        assertThat(outcome.task()).isPresent();
        assertThat(outcome.task().get().type()).isEqualTo("qmclone");
        assertThat(creations).hasValue(1);
        assertThat(server.count("POST", "/nodes/pve1/qemu/9000/clone")).isEqualTo(3);
    }

    @Test
    void cloneIfAbsentRefusesAnIdTakenBySomeoneElse() {
        vms.put(101, "someone-elses-vm");
        cloneEndpoint(List.of());
        assertThatThrownBy(() -> client.node("pve1").qemu().cloneIfAbsent(9000, QemuClone.of(101, "web1"), TestClients.fastRetry()))
                .hasMessageContaining("VM 101 already exists");
        assertThat(creations).hasValue(0);
    }

    @Test
    void cloneIfAbsentDoesNotAdoptAGuestThatAppearedMeanwhileUnderAnotherName() {
        server.on("POST /nodes/pve1/qemu/9000/clone", r -> {
            vms.put(101, "someone-elses-vm"); // another tool grabbed the ID while our attempt hit a lock
            return FakeResponse.error(500, "can't lock file '/var/lock/qemu-server/lock-9000.conf' - got timeout");
        });
        assertThatThrownBy(() -> client.node("pve1").qemu().cloneIfAbsent(9000, QemuClone.of(101, "web1"), TestClients.fastRetry()))
                .hasMessage("Unable to clone to VM 101: the ID is already used by 'someone-elses-vm', not 'web1'");
    }

    @Test
    void cloneIfAbsentUnderRepeatedFaultsNeverCreatesTwice() {
        for (int seed = 0; seed < 8; seed++) {
            vms.clear();
            creations.set(0);
            java.util.Random random = new java.util.Random(seed);
            List<FakeResponse> faults = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                faults.add(switch (random.nextInt(4)) {
                    case 0 -> FakeResponse.dropConnection();
                    case 1 -> FakeResponse.reasonOnly(596, "Connection timed out");
                    case 2 -> FakeResponse.error(500, "can't lock file '/var/lock/pve-manager/pve-storage-local-lvm' - got timeout");
                    default -> null;
                });
            }
            cloneEndpoint(faults);
            try {
                client.node("pve1").qemu().cloneIfAbsent(9000, QemuClone.of(101, "web1"), TestClients.fastRetry().withMaxAttempts(5));
            } catch (ProxmoxException e) {
                // giving up is allowed; creating twice is not
            }
            assertThat(creations).as("seed %d, faults %s", seed, faults).hasValueLessThanOrEqualTo(1);
            assertThat(vms).as("seed %d", seed).containsEntry(101, "web1");
        }
    }

    @Test
    void backoffGrowsExponentiallyWithBoundedJitter() {
        RetryPolicy p = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(5), 0.2, d -> { }, () -> 1.0);
        assertThat(p.delayBefore(1)).isEqualTo(Duration.ofMillis(1200));
        assertThat(p.delayBefore(2)).isEqualTo(Duration.ofMillis(2400));
        assertThat(p.delayBefore(4)).isEqualTo(Duration.ofMillis(6000)); // capped at 5 s, +20 %
        RetryPolicy low = new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(5), 0.2, d -> { }, () -> 0.0);
        assertThat(low.delayBefore(1)).isEqualTo(Duration.ofMillis(800));
        List<Duration> slept = new ArrayList<>();
        RetryPolicy recording = p.withSleeper(slept::add);
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> recording.run(() -> {
            calls.incrementAndGet();
            throw new LockTimeoutException("x", 500, "got timeout", null);
        })).isInstanceOf(LockTimeoutException.class);
        assertThat(calls).hasValue(5);
        assertThat(slept).hasSize(4);
    }

}
