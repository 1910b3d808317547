package io.labforge.deploy.privilege;

import io.labforge.deploy.port.AccessCheck;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class PrivilegeGateTest {

    /** Effective privileges per path, as {@code GET /access/permissions?path=} would answer; counts the questions. */
    private static final class Token implements AccessCheck {
        final Map<String, Set<String>> held;
        final List<String> asked = new ArrayList<>();
        final String principal;

        Token(String principal, Map<String, Set<String>> held) {
            this.principal = principal;
            this.held = held;
        }

        @Override
        public String principal() {
            return principal;
        }

        @Override
        public int majorVersion() {
            return 9;
        }

        @Override
        public Set<String> privileges(String path) {
            asked.add(path);
            return held.getOrDefault(path, Set.of());
        }
    }

    @Test
    void aNeedIsMetOnAnyOfItsPathsAndEachPathIsAskedOnce() throws Exception {
        Token t = new Token("deployer@pve!lab", Map.of("/vms", Set.of("VM.Allocate"), "/vms/101", Set.of("VM.PowerMgmt")));
        List<Need> needs = List.of(
                new Need("VM.Allocate", List.of("/pool/lab", "/vms"), "/pool/lab", "create a"),
                new Need("VM.Allocate", List.of("/pool/lab", "/vms"), "/pool/lab", "create b"),
                Need.on("VM.PowerMgmt", "/vms/101", "start a"),
                Need.on("VM.PowerMgmt", "/vms/102", "start b"),
                Need.on("SDN.Use", "/sdn/zones/localnetwork/vmbr1/20", "attach b"));

        List<Missing> missing = PrivilegeGate.missing(needs, t);

        assertThat(missing).extracting(Missing::privilege, Missing::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("VM.PowerMgmt", "/vms/102"),
                        org.assertj.core.groups.Tuple.tuple("SDN.Use", "/sdn/zones/localnetwork/vmbr1/20"));
        assertThat(t.asked).containsExactly("/pool/lab", "/vms", "/vms/101", "/vms/102", "/sdn/zones/localnetwork/vmbr1/20");
    }

    @Test
    void theRefusalNamesEachPrivilegeItsPathsAndOneGrantPerPath() {
        String text = Refusal.text("deploy lab 'x'", "deployer@pve!lab", List.of(
                new Missing("VM.PowerMgmt", "/vms/102", "/pool/lab", "start b"),
                new Missing("VM.PowerMgmt", "/vms/103", "/pool/lab", "start c"),
                new Missing("SDN.Use", "/sdn/zones/localnetwork/vmbr1/20", "/sdn/zones/localnetwork/vmbr1", "attach b")));

        assertThat(text).startsWith("the API token deployer@pve!lab lacks 2 privileges to deploy lab 'x':\n"
                + "  VM.PowerMgmt on /vms/102, /vms/103 (to start b and others)\n"
                + "  SDN.Use on /sdn/zones/localnetwork/vmbr1/20 (to attach b)\n"
                + "Grant them on the Proxmox host, then try again:\n"
                + "  pveum role add LabforgeLab --privs 'SDN.Use,VM.PowerMgmt'\n"
                + "  pveum acl modify '/pool/lab' --tokens 'deployer@pve!lab' --roles LabforgeLab\n"
                + "  pveum acl modify '/sdn/zones/localnetwork/vmbr1' --tokens 'deployer@pve!lab' --roles LabforgeLab\n");
    }

    @Test
    void aUserLoginIsGrantedWithUsersAndHostileNamesStayQuoted() {
        String text = Refusal.text("stop lab 'x'", "bob's@pve", List.of(new Missing("VM.Audit", "/vms/7", "/vms/7", "read 7")));

        assertThat(text).startsWith("the user bob's@pve lacks 1 privilege")
                .contains("pveum acl modify '/vms/7' --users 'bob'\\''s@pve' --roles LabforgeLab")
                .doesNotContain("privilege-separated");
    }
}
