package io.labforge.proxmox.it;

import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.api.CertificateRejectedException;
import io.labforge.proxmox.api.NotFoundException;
import io.labforge.proxmox.api.ParameterVerificationException;
import io.labforge.proxmox.api.PermissionDeniedException;
import io.labforge.proxmox.api.ProxmoxException;
import io.labforge.proxmox.fake.ContractCheck;
import io.labforge.proxmox.nodes.qemu.AgentInterface;
import io.labforge.proxmox.nodes.qemu.CloneOutcome;
import io.labforge.proxmox.nodes.qemu.QemuApi;
import io.labforge.proxmox.nodes.qemu.QemuClone;
import io.labforge.proxmox.nodes.qemu.QemuOptions;
import io.labforge.proxmox.nodes.tasks.Cancellation;
import io.labforge.proxmox.nodes.tasks.TaskCancelledException;
import io.labforge.proxmox.nodes.tasks.TaskResult;
import io.labforge.proxmox.nodes.tasks.Upid;
import io.labforge.proxmox.probe.Probe;
import io.labforge.proxmox.probe.ProbeReport;
import io.labforge.proxmox.property.IpConfig;
import io.labforge.proxmox.property.QemuNic;
import io.labforge.proxmox.tls.CertificateDecision;
import io.labforge.proxmox.tls.TlsTrust;
import io.labforge.sandbox.Sandbox;
import io.labforge.sandbox.SandboxConfig;
import io.labforge.sandbox.SandboxInspector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client against the simulated Proxmox VE 9: auth, pinning, a guest's life, errors, tasks and the probe. */
@ExtendWith(ContractCheck.class)
class SandboxClientTest {

    private Sandbox sandbox;

    private Sandbox start(SandboxConfig config) {
        sandbox = Sandbox.start(config.withTimeScale(0.01));
        return sandbox;
    }

    @AfterEach
    void stop() {
        if (sandbox != null) {
            sandbox.close();
        }
    }

    @Test
    void probeOfAFreshSandbox() {
        start(SandboxConfig.defaults());
        try (ProxmoxClient c = SandboxClients.token(sandbox).build()) {
            ProbeReport r = new Probe(c).run();
            assertThat(r.version()).startsWith("9.");
            assertThat(r.quorate()).isTrue();
            assertThat(r.nodes()).extracting(ProbeReport.NodeInfo::node).containsExactly("pve1");
            assertThat(r.nodes().get(0).freeCpus()).isPositive();
            assertThat(r.templates()).extracting(ProbeReport.Template::vmid).contains(9000, 9001, 9002);
            assertThat(r.isos()).extracting(ProbeReport.Media::volid).contains("local:iso/pfSense-CE-2.7.2-RELEASE-amd64.iso");
            assertThat(r.containerTemplates()).extracting(ProbeReport.Media::volid)
                    .contains("local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst");
            assertThat(r.storages()).extracting(ProbeReport.StorageInfo::storage).contains("local", "local-lvm");
            assertThat(r.missingPrivileges()).isEmpty();
            assertThat(r.readyToDeploy()).isTrue();
        }
    }

    @Test
    void probeNamesWhatARestrictedTokenLacks() {
        start(SandboxConfig.defaults().withPrivileges(Set.of("VM.Audit", "VM.Allocate", "VM.Clone", "Datastore.Audit", "Sys.Audit")));
        try (ProxmoxClient c = SandboxClients.token(sandbox).build()) {
            ProbeReport r = new Probe(c).run();
            assertThat(r.missingPrivileges()).filteredOn(ProbeReport.MissingPrivilege::required)
                    .extracting(ProbeReport.MissingPrivilege::privilege)
                    .contains("VM.PowerMgmt", "VM.Config.Network", "SDN.Use", "Pool.Allocate", "Datastore.AllocateSpace")
                    .doesNotContain("VM.Audit", "VM.Allocate", "VM.Clone", "Sys.Audit", "VM.Monitor");
            assertThat(r.readyToDeploy()).isFalse();
            assertThatThrownBy(() -> c.pools().create("lab-acme", null)).isInstanceOf(PermissionDeniedException.class);
        }
    }

    @Test
    void ticketLoginWithCsrfOnWrites() {
        start(SandboxConfig.defaults());
        try (ProxmoxClient c = SandboxClients.password(sandbox).build()) {
            assertThat(c.version().get().major()).isEqualTo(9);
            c.pools().create("lab-acme", "Acme");
            assertThat(c.pools().get("lab-acme")).isPresent();
        }
    }

    @Test
    void pinningAgainstTheSandboxCertificate() {
        start(SandboxConfig.defaults());
        String wrong = "00:" + sandbox.fingerprint().substring(3);
        if (wrong.equals(sandbox.fingerprint())) {
            wrong = "11:" + sandbox.fingerprint().substring(3);
        }
        try (ProxmoxClient c = SandboxClients.token(sandbox).trust(TlsTrust.pinned(wrong)).build()) {
            assertThatThrownBy(() -> c.version().get()).isInstanceOf(CertificateRejectedException.class);
        }
        List<String> asked = new ArrayList<>();
        try (ProxmoxClient c = SandboxClients.token(sandbox).trust(TlsTrust.system().withPrompt((fp, cert) -> {
            asked.add(fp);
            return CertificateDecision.ACCEPT;
        })).build()) {
            assertThat(c.version().get().major()).isEqualTo(9);
        }
        assertThat(asked).containsExactly(sandbox.fingerprint());
    }

    @Test
    void aGuestsLifeFromCloneToDelete() {
        start(SandboxConfig.defaults());
        try (ProxmoxClient c = SandboxClients.token(sandbox).build()) {
            c.pools().create("lab-acme", "Acme lab");
            QemuApi qemu = c.node("pve1").qemu();
            int vmid = c.cluster().nextId();
            List<String> log = new CopyOnWriteArrayList<>();
            Upid clone = qemu.cloneAsync(9000, QemuClone.of(vmid, "web1").inPool("lab-acme"));
            TaskResult cloned = c.tasks().await(clone, log::add, Cancellation.none());
            assertThat(cloned.exitStatus()).isEqualTo("OK");
            assertThat(log).isNotEmpty();
            qemu.waitUntilUnlocked(vmid, Duration.ofSeconds(30));

            qemu.updateConfig(vmid, QemuOptions.create().cores(2).memoryMiB(2048)
                    .net(0, QemuNic.virtio("BC:24:11:AC:00:65", "vmbr1").withTag(20).withFirewall(true))
                    .ipConfig(0, IpConfig.staticV4("10.20.0.10/24", "10.20.0.1")).ciUser("labadmin").ciUpgrade(false)
                    .sshKeys(List.of("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIE4Rj2tB3Jk8sVd0fL9yW1rJ5mS0nK7pQ6uX2zA3bC4d alice@lab"))
                    .tags(List.of("lab-acme")));
            assertThat(qemu.config(vmid).nics().get(0).mac()).isEqualTo("BC:24:11:AC:00:65");
            assertThat(qemu.config(vmid).ipConfigs().get(0)).isEqualTo(IpConfig.staticV4("10.20.0.10/24", "10.20.0.1"));
            qemu.resize(vmid, "scsi0", "+2G");
            qemu.start(vmid);
            assertThat(qemu.status(vmid).running()).isTrue();
            List<AgentInterface> ifaces = awaitAgent(qemu, vmid);
            assertThat(ifaces).flatExtracting(AgentInterface::ipAddresses).extracting(AgentInterface.Address::ipAddress).contains("10.20.0.10");
            assertThat(c.pools().get("lab-acme").orElseThrow().members()).extracting(m -> m.vmid()).contains(vmid);
            qemu.stop(vmid);
            qemu.delete(vmid, true, true);
            assertThatThrownBy(() -> qemu.config(vmid)).isInstanceOf(NotFoundException.class);
        }
    }

    private static List<AgentInterface> awaitAgent(QemuApi qemu, int vmid) {
        for (int i = 0; i < 200; i++) {
            try {
                qemu.agentPing(vmid);
                return qemu.agentNetworkInterfaces(vmid);
            } catch (ProxmoxException notYet) {
                sleep(50);
            }
        }
        throw new AssertionError("the guest agent never answered");
    }

    @Test
    void errorsAsTheRealServerShapesThem() {
        start(SandboxConfig.defaults());
        try (ProxmoxClient c = SandboxClients.token(sandbox).build()) {
            assertThatThrownBy(() -> c.node("pve1").qemu().config(4242)).isInstanceOf(NotFoundException.class)
                    .hasMessageStartingWith("Unable to read the config of VM 4242 on pve1: ");
            assertThat(c.cluster().isFree(9000)).isFalse();
            assertThat(c.cluster().isFree(4242)).isTrue();
            assertThatThrownBy(() -> c.node("pve1").qemu().cloneAsync(9000, QemuClone.of(9001, "dup")))
                    .isInstanceOf(ProxmoxException.class).hasMessageContaining("already exists");
            assertThatThrownBy(() -> c.api().call(io.labforge.proxmox.api.ApiRequest.post("/nodes/{node}/qemu/{vmid}/clone", "pve1", 9000)
                    .with(io.labforge.proxmox.api.Params.create().put("newid", 150).put("name", "bad_name"))))
                    .isInstanceOfSatisfying(ParameterVerificationException.class, e -> assertThat(e.errors()).containsKey("name"));
        }
        // the deliberately invalid request above must not count against the client's contract
        io.labforge.proxmox.fake.TestClients.RECORDED.removeIf(r -> r.params().getOrDefault("name", List.of()).contains("bad_name"));
    }

    @Test
    void cancellingALongCloneStopsTheTask() {
        start(SandboxConfig.defaults());
        try (ProxmoxClient c = SandboxClients.token(sandbox).build()) {
            QemuApi qemu = c.node("pve1").qemu();
            Upid clone = qemu.cloneAsync(9001, QemuClone.of(300, "big1").fullCopy("local-lvm"));
            Cancellation cancel = new Cancellation();
            cancel.cancel();
            assertThatThrownBy(() -> c.tasks().await(clone, line -> { }, cancel)).isInstanceOf(TaskCancelledException.class);
            String exit = sandbox.inspect().tasks().get(clone.value());
            assertThat(exit).isNotNull().isNotEqualTo("OK");
        }
    }

    @Test
    void retriesUnderInjectedFaultsNeverCreateTwice() throws Exception {
        start(SandboxConfig.defaults().withSeed(7).withFaults(new io.labforge.sandbox.fault.Faults(0.25, 0, 0.2, 0, 0)));
        int done = 0;
        try (ProxmoxClient c = SandboxClients.token(sandbox).build()) {
            QemuApi qemu = c.node("pve1").qemu();
            for (int i = 0; i < 6; i++) {
                try {
                    CloneOutcome o = qemu.cloneIfAbsent(9000, QemuClone.of(400 + i, "node" + i), io.labforge.proxmox.fake.TestClients.fastRetry()
                            .withMaxAttempts(8).withDelays(Duration.ofMillis(20), Duration.ofMillis(200)));
                    o.task().ifPresent(t -> c.tasks().await(t));
                    done++;
                } catch (ProxmoxException e) {
                    // giving up under faults is allowed; creating twice is not
                }
            }
        }
        assertThat(sandbox.inspect().awaitIdle(Duration.ofSeconds(30))).isTrue();
        assertThat(done).isGreaterThanOrEqualTo(4);
        List<SandboxInspector.GuestInfo> guests = sandbox.inspect().guests();
        for (int i = 0; i < 6; i++) {
            String name = "node" + i;
            assertThat(guests.stream().filter(g -> name.equals(g.name())).count()).as(name).isLessThanOrEqualTo(1);
            assertThat(sandbox.inspect().cloneCalls().getOrDefault(name, 0)).as("accepted clone calls of " + name).isLessThanOrEqualTo(1);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
