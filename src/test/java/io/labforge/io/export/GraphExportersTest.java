package io.labforge.io.export;

import io.labforge.io.LabFiles;
import io.labforge.model.Lab;
import io.labforge.model.Nic;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.Pseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.dot.DOTImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** DOT and GraphML exports read back with JGraphT's own importers. */
class GraphExportersTest {

    static Lab homelab;

    @BeforeAll
    static void load() throws Exception {
        homelab = LabFiles.read(Path.of(System.getProperty("labforge.project.dir", "."), "assets/samples/homelab.yaml"));
    }

    static String export(Exporter e, Lab lab) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        e.export(lab, ExportOptions.DEFAULT, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static int nicCount(Lab lab) {
        return lab.nodes().stream().mapToInt(n -> n.nics().size()).sum();
    }

    @Test
    void registryListsTheToolkitFreeFormats() {
        assertThat(Exporters.builtin().formats()).contains("yaml", "json", "dot", "graphml", "ansible");
    }

    @Test
    void dotReadsBackWithEveryNetworkNodeAndNic() throws Exception {
        Map<String, Map<String, Attribute>> attrs = new HashMap<>();
        Graph<String, DefaultEdge> g = importDot(export(new DotExporter(), homelab), attrs);
        assertThat(g.vertexSet()).hasSize(homelab.networks().size() + homelab.nodes().size());
        assertThat(g.edgeSet()).hasSize(nicCount(homelab));
        assertThat(g.degreeOf("node:fw1")).isEqualTo(8);
        assertThat(attrs.get("network:k8s").get("shape").getValue()).isEqualTo("box");
        assertThat(attrs.get("network:k8s").get("fillcolor").getValue()).isEqualTo("#6741D9");
        assertThat(attrs.get("network:db").get("fillcolor").getValue()).isNotEqualTo("#6741D9");
        assertThat(attrs.get("node:lb1").get("label").getValue()).contains("lb1", "10.10.10.10", "10.10.20.10");
        assertThat(attrs.get("node:internet").get("style").getValue()).isEqualTo("dashed");
        assertThat(attrs.get("node:k8s-cp1").get("style").getValue()).isEqualTo("solid");
    }

    @Test
    void dotSurvivesAwkwardNames() throws Exception {
        Lab lab = homelab.withName("my \"lab\" \\ {x}")
                .updateNode("lb1", n -> n.withId("lb \"one\"").withNics(java.util.List.of(Nic.of("lan", "10.10.10.10"))));
        Graph<String, DefaultEdge> g = importDot(export(new DotExporter(), lab), new HashMap<>());
        assertThat(g.vertexSet()).contains("node:lb \"one\"");
    }

    @Test
    void graphMlCarriesTypesKindsAddressesAndPositions() throws Exception {
        Map<String, Map<String, Attribute>> attrs = new HashMap<>();
        Map<DefaultEdge, Map<String, Attribute>> edgeAttrs = new HashMap<>();
        Graph<String, DefaultEdge> g = new Pseudograph<>(DefaultEdge.class);
        GraphMLImporter<String, DefaultEdge> imp = new GraphMLImporter<>();
        imp.setSchemaValidation(false);
        imp.setVertexFactory(id -> id);
        imp.addVertexAttributeConsumer((p, a) -> attrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
        imp.addEdgeAttributeConsumer((p, a) -> edgeAttrs.computeIfAbsent(p.getFirst(), k -> new HashMap<>()).put(p.getSecond(), a));
        imp.importGraph(g, new StringReader(export(new GraphMlExporter(), homelab)));
        assertThat(g.vertexSet()).hasSize(homelab.networks().size() + homelab.nodes().size());
        assertThat(g.edgeSet()).hasSize(nicCount(homelab));
        assertThat(attrs.get("network:k8s").get("type").getValue()).isEqualTo("network");
        assertThat(attrs.get("network:k8s").get("vlan").getValue()).isEqualTo("20");
        assertThat(attrs.get("network:k8s").get("cidr").getValue()).isEqualTo("10.10.20.0/24");
        assertThat(attrs.get("node:db1").get("kind").getValue()).isEqualTo("database");
        assertThat(attrs.get("node:db1").get("flavor").getValue()).isEqualTo("postgresql");
        assertThat(Double.parseDouble(attrs.get("node:fw1").get("y").getValue()))
                .isEqualTo(homelab.position("fw1").orElseThrow().y());
        assertThat(edgeAttrs.values()).anySatisfy(a -> assertThat(a.get("ip").getValue()).isEqualTo("10.10.40.10"));
    }

    private static Graph<String, DefaultEdge> importDot(String dot, Map<String, Map<String, Attribute>> attrs) {
        Graph<String, DefaultEdge> g = new Pseudograph<>(DefaultEdge.class);
        DOTImporter<String, DefaultEdge> imp = new DOTImporter<>();
        imp.setVertexWithAttributesFactory((id, a) -> {
            attrs.put(id, a);
            return id;
        });
        imp.importGraph(g, new StringReader(dot));
        return g;
    }
}
