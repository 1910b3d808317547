package io.labforge.proxmox.probe;

import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.access.Permissions;
import io.labforge.proxmox.fake.ContractCheck;
import io.labforge.proxmox.fake.FakeCluster;
import io.labforge.proxmox.fake.FakePveServer;
import io.labforge.proxmox.fake.FakeResponse;
import io.labforge.proxmox.fake.TestClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@ExtendWith(ContractCheck.class)
class ProbeTest {

    private static final long GIB = 1024L * 1024 * 1024;

    private FakePveServer server;

    @BeforeEach
    void start() {
        server = new FakePveServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private ProbeReport probe() {
        try (ProxmoxClient c = TestClients.token(server).build()) {
            return new Probe(c).run();
        }
    }

    @Test
    void reportsWhatTheServerOffers() {
        FakeCluster.homelab(server, FakeCluster.vmAdminOnPoolOnly());
        ProbeReport r = probe();
        assertThat(r.version()).isEqualTo("9.1.9");
        assertThat(r.quorate()).isTrue();
        assertThat(r.nodes()).hasSize(2);
        ProbeReport.NodeInfo pve1 = r.nodes().get(0);
        assertThat(pve1.freeCpus()).isCloseTo(12.0, within(0.001));
        assertThat(pve1.freeMemory()).isEqualTo(40 * GIB);
        assertThat(r.storages()).extracting(ProbeReport.StorageInfo::storage).containsExactly("local", "local-lvm");
        assertThat(r.storages().get(1).content()).containsExactly("images", "rootdir");
        assertThat(r.templates()).containsExactly(new ProbeReport.Template(9000, "ubuntu-2404-cloud", "qemu", "pve1"));
        assertThat(r.isos()).extracting(ProbeReport.Media::volid).containsExactly("local:iso/pfSense-CE-2.7.2-RELEASE-amd64.iso");
        assertThat(r.containerTemplates()).extracting(ProbeReport.Media::volid)
                .containsExactly("local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst");
        // the offline node is not asked about its storages
        assertThat(server.count("GET", "/nodes/pve2/storage")).isZero();
    }

    @Test
    void listsExactlyThePrivilegesTheTokenLacks() {
        FakeCluster.homelab(server, FakeCluster.vmAdminOnPoolOnly());
        ProbeReport r = probe();
        assertThat(r.missingPrivileges()).filteredOn(ProbeReport.MissingPrivilege::required)
                .extracting(ProbeReport.MissingPrivilege::privilege).containsExactly("SDN.Use", "Pool.Allocate");
        assertThat(r.missingPrivileges()).filteredOn(p -> !p.required())
                .extracting(ProbeReport.MissingPrivilege::privilege)
                .containsExactly("Sys.Modify", "SDN.Allocate", "Datastore.AllocateTemplate");
        assertThat(r.readyToDeploy()).isFalse();
    }

    @Test
    void anAdministratorTokenLacksNothing() {
        Map<String, Integer> all = new java.util.TreeMap<>();
        RequiredPrivileges.forMajorVersion(9).forEach(n -> all.put(n.privilege(), 1));
        FakeCluster.homelab(server, Map.of("/", all));
        ProbeReport r = probe();
        assertThat(r.missingPrivileges()).isEmpty();
        assertThat(r.readyToDeploy()).isTrue();
    }

    @Test
    void forbiddenListsBecomeWarningsNotFailures() {
        FakeCluster.homelab(server, FakeCluster.vmAdminOnPoolOnly());
        server.on("GET /nodes/pve1/storage", r -> FakeResponse.error(403, "Permission check failed (/storage, Datastore.Audit)"));
        server.on("GET /cluster/status", r -> FakeResponse.error(403, "Permission check failed (/, Sys.Audit)"));
        ProbeReport r = probe();
        assertThat(r.storages()).isEmpty();
        assertThat(r.templates()).hasSize(1);
        assertThat(r.warnings()).anyMatch(w -> w.contains("Unable to list the storages of pve1: 403"));
        assertThat(r.warnings()).anyMatch(w -> w.contains("Unable to read the cluster status: 403"));
    }

    @Test
    void lostQuorumIsReported() {
        FakeCluster.homelab(server, FakeCluster.vmAdminOnPoolOnly());
        server.on("GET /cluster/status", r -> FakeResponse.data(java.util.List.of(
                Map.of("type", "cluster", "name", "homelab", "quorate", 0, "nodes", 2))));
        ProbeReport r = probe();
        assertThat(r.quorate()).isFalse();
        assertThat(r.readyToDeploy()).isFalse();
        assertThat(r.warnings()).anyMatch(w -> w.contains("no quorum"));
    }

    @Test
    void pve8NeedsVmMonitorAndPve9TheGuestAgentPrivilege() {
        assertThat(RequiredPrivileges.forMajorVersion(8)).extracting(RequiredPrivileges.Need::privilege)
                .contains("VM.Monitor").doesNotContain("VM.GuestAgent.Audit");
        assertThat(RequiredPrivileges.forMajorVersion(9)).extracting(RequiredPrivileges.Need::privilege)
                .contains("VM.GuestAgent.Audit").doesNotContain("VM.Monitor");
    }

    @Test
    void privilegesCountOnTheRootOrInsideTheRightSubtree() {
        Permissions p = new Permissions(Map.of("/vms/9000", Set.of("VM.Clone"), "/storage", Set.of("VM.Allocate"),
                "/", Set.of("Sys.Audit")));
        assertThat(RequiredPrivileges.lacking(p, 9)).extracting(RequiredPrivileges.Need::privilege)
                .doesNotContain("VM.Clone", "Sys.Audit")
                .contains("VM.Allocate"); // held, but on a path where it does not help
        assertThat(p.has("/nodes/pve1", "Sys.Audit")).isTrue();
        assertThat(p.has("/vms/9001", "VM.Clone")).isFalse();
    }
}
