package io.labforge.io;

import io.labforge.model.Lab;
import io.labforge.model.NetworkKind;
import io.labforge.model.Node;
import io.labforge.validate.Validator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped samples load, round-trip, validate clean, and the homelab is the lab of the blog series. */
class SamplesTest {

    static final Path SAMPLES = Path.of(System.getProperty("labforge.project.dir", "."), "assets", "samples");

    static Stream<Path> samples() throws IOException {
        return Files.list(SAMPLES).filter(p -> p.toString().endsWith(".yaml")).sorted();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void loadsRoundTripsAndValidatesClean(Path sample) throws Exception {
        Lab lab = LabFiles.read(sample);
        assertThat(LabFiles.parse(LabFiles.toYaml(lab), "again.yaml")).isEqualTo(lab);
        assertThat(LabFiles.parse(LabFiles.toJson(lab), "again.json")).isEqualTo(lab);
        assertThat(Validator.standard().validate(lab).problems()).isEmpty();
        assertThat(lab.layout().keySet()).as("every element is placed")
                .containsAll(lab.nodes().stream().map(Node::id).toList());
    }

    @Test
    @SuppressWarnings("unchecked")
    void homelabIsTheLabOfTheBlogSeries() throws Exception {
        Lab lab = LabFiles.read(SAMPLES.resolve("homelab.yaml"));
        assertThat(lab.networks()).extracting(n -> n.kind()).contains(NetworkKind.WAN, NetworkKind.LAN, NetworkKind.K8S,
                NetworkKind.AD, NetworkKind.DB, NetworkKind.SOC, NetworkKind.MGMT, NetworkKind.WORKSTATION);
        assertThat(count(lab, "k8s-control-plane")).isEqualTo(3);
        assertThat(count(lab, "k8s-worker")).isEqualTo(3);
        for (String kind : List.of("proxmox-host", "internet", "firewall", "load-balancer", "bastion", "workstation",
                "database", "domain-controller", "monitoring", "siem")) {
            assertThat(count(lab, kind)).as(kind).isEqualTo(1);
        }
        Node fw = lab.node("fw1").orElseThrow();
        assertThat(fw.flavor()).isEqualTo("pfsense");
        assertThat(fw.nics()).hasSize(lab.networks().size());
        lab.networks().forEach(n -> assertThat(fw.nics()).as("gateway of " + n.id())
                .anyMatch(nic -> nic.network().equals(n.id()) && (nic.ip().equals(n.gateway()) || n.kind() == NetworkKind.WAN)));
        List<Object> frontends = (List<Object>) lab.node("lb1").orElseThrow().role().get("frontends");
        assertThat(frontends).contains(Map.of("port", 6443, "backends", List.of("k8s-cp1", "k8s-cp2", "k8s-cp3")));
        assertThat(frontends).contains(Map.of("port", 443, "backends", List.of("k8s-w1", "k8s-w2", "k8s-w3")));
        assertThat(lab.target().pool()).isEqualTo("lab-homelab");
        assertThat(lab.groups()).singleElement().satisfies(g -> assertThat(g.members()).hasSize(6));
        assertThat(lab.position("wan").orElseThrow().y()).isLessThan(lab.position("fw1").orElseThrow().y());
    }

    private static long count(Lab lab, String kind) {
        return lab.nodes().stream().filter(n -> n.kind().equals(kind)).count();
    }
}
