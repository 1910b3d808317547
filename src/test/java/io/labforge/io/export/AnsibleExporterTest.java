package io.labforge.io.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.labforge.io.LabFiles;
import io.labforge.model.Lab;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Ansible inventory of the homelab, read back as YAML. */
class AnsibleExporterTest {

    static JsonNode all;

    @BeforeAll
    static void export() throws Exception {
        Lab lab = LabFiles.read(Path.of(System.getProperty("labforge.project.dir", "."), "assets/samples/homelab.yaml"));
        all = new YAMLMapper().readTree(GraphExportersTest.export(new AnsibleExporter(), lab)).get("all");
    }

    private static List<String> hostsOf(String group) {
        List<String> out = new ArrayList<>();
        all.path("children").path(group).path("hosts").fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void groupsPerKind() {
        assertThat(hostsOf("k8s_control_plane")).containsExactly("k8s-cp1", "k8s-cp2", "k8s-cp3");
        assertThat(hostsOf("k8s_worker")).containsExactly("k8s-w1", "k8s-w2", "k8s-w3");
        assertThat(hostsOf("load_balancer")).containsExactly("lb1");
        assertThat(hostsOf("database")).containsExactly("db1");
        assertThat(hostsOf("domain_controller")).containsExactly("dc1");
        assertThat(hostsOf("bastion_hosts")).as("the host 'bastion' keeps its name; its group steps aside")
                .containsExactly("bastion");
        assertThat(hostsOf("bastion")).isEmpty();
    }

    @Test
    void groupsPerZoneAndPerLabGroup() {
        assertThat(hostsOf("zone_k8s")).containsExactlyInAnyOrder("fw1", "lb1", "k8s-cp1", "k8s-cp2", "k8s-cp3",
                "k8s-w1", "k8s-w2", "k8s-w3");
        assertThat(hostsOf("zone_mgmt")).containsExactlyInAnyOrder("fw1", "bastion");
        assertThat(hostsOf("zone_soc")).containsExactlyInAnyOrder("fw1", "mon1", "siem1");
        assertThat(hostsOf("k8s_cluster")).hasSize(6);
    }

    @Test
    void documentationNodesAreNoHosts() {
        List<String> hosts = new ArrayList<>();
        all.path("hosts").fieldNames().forEachRemaining(hosts::add);
        assertThat(hosts).doesNotContain("internet", "pve").contains("fw1", "ws1", "siem1").hasSize(14);
        assertThat(hostsOf("zone_wan")).containsExactly("fw1");
    }

    @Test
    void ansibleHostPrefersManagementThenLan() {
        assertThat(all.at("/hosts/fw1/ansible_host").asText()).isEqualTo("10.10.90.1");
        assertThat(all.at("/hosts/bastion/ansible_host").asText()).isEqualTo("10.10.90.10");
        assertThat(all.at("/hosts/lb1/ansible_host").asText()).isEqualTo("10.10.10.10");
        assertThat(all.at("/hosts/db1/ansible_host").asText()).isEqualTo("10.10.40.10");
    }

    @Test
    void usefulVariables() {
        assertThat(all.at("/vars/labforge_lab").asText()).isEqualTo("homelab");
        assertThat(all.at("/hosts/db1/labforge_flavor").asText()).isEqualTo("postgresql");
        assertThat(all.at("/hosts/lb1/labforge_ips/k8s").asText()).isEqualTo("10.10.20.10");
        assertThat(all.at("/hosts/lb1/labforge_role/frontends/0/port").asInt()).isEqualTo(6443);
        assertThat(all.at("/hosts/dc1/labforge_role/domain").asText()).isEqualTo("ad.homelab.internal");
    }

    @Test
    void groupNamesAreAnsibleIdentifiers() {
        assertThat(AnsibleInventory.groupName("k8s-control-plane")).isEqualTo("k8s_control_plane");
        assertThat(AnsibleInventory.groupName("2nd tier")).isEqualTo("_2nd_tier");
    }
}
