package io.labforge.sandbox;

import io.labforge.proxmox.Credentials;
import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.Secret;
import io.labforge.proxmox.api.NotFoundException;
import io.labforge.proxmox.api.ParameterVerificationException;
import io.labforge.proxmox.api.RetryPolicy;
import io.labforge.proxmox.nodes.qemu.AgentInterface;
import io.labforge.proxmox.nodes.qemu.QemuApi;
import io.labforge.proxmox.nodes.qemu.QemuClone;
import io.labforge.proxmox.nodes.qemu.QemuOptions;
import io.labforge.proxmox.nodes.tasks.TaskWaiter;
import io.labforge.proxmox.property.IpConfig;
import io.labforge.proxmox.property.QemuNic;
import io.labforge.proxmox.tls.TlsTrust;
import io.labforge.sandbox.fault.Faults;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The real client against the sandbox: the deployer's path end to end, and retries without duplicates under faults. */
class SandboxWithClientTest {

    private static ProxmoxClient client(Sandbox sandbox) {
        return ProxmoxClient.builder(sandbox.url().toString(),
                        new Credentials.ApiToken(sandbox.tokenId(), Secret.of(sandbox.tokenSecret())))
                .trust(TlsTrust.pinned(sandbox.fingerprint()))
                .retry(RetryPolicy.defaults().withDelays(Duration.ofMillis(20), Duration.ofMillis(100)).withMaxAttempts(8))
                .taskSettings(new TaskWaiter.Settings(Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofMinutes(2), 15))
                .build();
    }

    @Test
    void clonesConfiguresStartsAndReadsTheAgent() throws Exception {
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withTimeScale(0.01));
             ProxmoxClient pve = client(sandbox)) {
            assertThat(pve.version().get().release()).isEqualTo("9.1");
            assertThat(pve.cluster().quorate()).isTrue();
            int vmid = pve.cluster().nextId();
            assertThat(vmid).isEqualTo(100);
            QemuApi qemu = pve.node("pve1").qemu();
            assertThat(qemu.clone(9000, QemuClone.of(vmid, "bastion")).exitStatus()).isEqualTo("OK");
            qemu.waitUntilUnlocked(vmid, Duration.ofSeconds(10));
            qemu.updateConfig(vmid, QemuOptions.create()
                    .net(0, QemuNic.virtio("BC:24:11:0A:0B:0C", "vmbr0"))
                    .ipConfig(0, IpConfig.staticV4("10.20.0.10/24", "10.20.0.1"))
                    .ciUpgrade(false));
            assertThat(qemu.start(vmid).exitStatus()).isEqualTo("OK");
            List<AgentInterface> ifaces = null;
            for (int i = 0; i < 200 && ifaces == null; i++) {
                try {
                    ifaces = qemu.agentNetworkInterfaces(vmid);
                } catch (RuntimeException notYet) {
                    Thread.sleep(20);
                }
            }
            assertThat(ifaces).isNotNull();
            assertThat(ifaces).anySatisfy(i -> {
                assertThat(i.hardwareAddress()).isEqualTo("bc:24:11:0a:0b:0c");
                assertThat(i.ipAddresses()).anySatisfy(a -> assertThat(a.ipAddress()).isEqualTo("10.20.0.10"));
            });
            assertThatThrownBy(() -> qemu.config(4242)).isInstanceOf(NotFoundException.class);
            assertThatThrownBy(() -> qemu.clone(9000, QemuClone.of(99, "bad")))
                    .isInstanceOf(ParameterVerificationException.class);
        }
    }

    @Test
    void retriedClonesUnderTransientFaultsNeverCreateTwice() throws Exception {
        Faults faults = new Faults(0.25, 0, 0.15, 0, 0);
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withTimeScale(0.01).withSeed(11).withFaults(faults));
             ProxmoxClient pve = client(sandbox)) {
            QemuApi qemu = pve.node("pve1").qemu();
            RetryPolicy retry = RetryPolicy.defaults().withDelays(Duration.ofMillis(20), Duration.ofMillis(100)).withMaxAttempts(10);
            for (int n = 0; n < 6; n++) {
                qemu.cloneIfAbsent(9000, QemuClone.of(500 + n, "node" + n), retry);
            }
            assertThat(sandbox.inspect().awaitIdle(Duration.ofSeconds(30))).isTrue();
            List<SandboxInspector.GuestInfo> clones = sandbox.inspect().guests().stream().filter(g -> !g.template()).toList();
            assertThat(clones).extracting(SandboxInspector.GuestInfo::name)
                    .containsExactlyInAnyOrder("node0", "node1", "node2", "node3", "node4", "node5");
            assertThat(sandbox.inspect().cloneCalls().values()).allMatch(count -> count == 1);
            assertThat(sandbox.inspect().locks()).isEmpty();
            assertThat(sandbox.inspect().injectedFaults()).containsKeys("transient", "drop");
        }
    }
}
