package io.labforge.io.export;

import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.Node;
import io.labforge.model.Position;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code graphml}: for yEd, Gephi and graph libraries. Vertices carry {@code type} (network or node),
 * the lab id, kind, addressing and canvas position; edges (NICs) carry the interface index and IP.
 */
public final class GraphMlExporter implements Exporter {

    @Override
    public String format() {
        return "graphml";
    }

    @Override
    public String extension() {
        return "graphml";
    }

    @Override
    public void export(Lab lab, ExportOptions options, OutputStream out) throws IOException {
        GraphMLExporter<TopologyGraph.Vertex, TopologyGraph.Link> ml = new GraphMLExporter<>(TopologyGraph.Vertex::key);
        for (String key : new String[] {"type", "id", "label", "kind", "flavor", "zone", "cidr", "gateway", "bridge", "realization"}) {
            ml.registerAttribute(key, AttributeCategory.NODE, AttributeType.STRING);
        }
        ml.registerAttribute("vlan", AttributeCategory.NODE, AttributeType.INT);
        ml.registerAttribute("x", AttributeCategory.NODE, AttributeType.DOUBLE);
        ml.registerAttribute("y", AttributeCategory.NODE, AttributeType.DOUBLE);
        ml.registerAttribute("interface", AttributeCategory.EDGE, AttributeType.STRING);
        ml.registerAttribute("ip", AttributeCategory.EDGE, AttributeType.STRING);
        ml.registerAttribute("mac", AttributeCategory.EDGE, AttributeType.STRING);
        ml.setVertexAttributeProvider(v -> vertex(lab, v));
        ml.setEdgeAttributeProvider(GraphMlExporter::edge);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        ml.exportGraph(TopologyGraph.of(lab), w);
        w.flush();
    }

    private static Map<String, Attribute> vertex(Lab lab, TopologyGraph.Vertex v) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("id", DefaultAttribute.createAttribute(v.id()));
        if (v instanceof TopologyGraph.Segment s) {
            Network n = s.network();
            a.put("type", DefaultAttribute.createAttribute("network"));
            a.put("label", DefaultAttribute.createAttribute(n.displayName()));
            a.put("zone", DefaultAttribute.createAttribute(n.kind().id()));
            putIfSet(a, "cidr", n.cidr());
            putIfSet(a, "gateway", n.gateway());
            putIfSet(a, "bridge", n.bridge());
            if (n.vlan() != null) {
                a.put("vlan", DefaultAttribute.createAttribute(n.vlan()));
            }
        } else if (v instanceof TopologyGraph.Host h) {
            Node n = h.node();
            a.put("type", DefaultAttribute.createAttribute("node"));
            a.put("label", DefaultAttribute.createAttribute(n.effectiveHostname()));
            a.put("kind", DefaultAttribute.createAttribute(n.kind()));
            NodeKinds.builtin().find(n.kind()).ifPresent(k -> a.put("flavor", DefaultAttribute.createAttribute(k.flavorOf(n).id())));
            a.put("realization", DefaultAttribute.createAttribute(NodeKinds.builtin().realization(n).name().toLowerCase(java.util.Locale.ROOT)));
        }
        lab.position(v.id()).ifPresent((Position p) -> {
            a.put("x", DefaultAttribute.createAttribute(p.x()));
            a.put("y", DefaultAttribute.createAttribute(p.y()));
        });
        return a;
    }

    private static Map<String, Attribute> edge(TopologyGraph.Link l) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        a.put("interface", DefaultAttribute.createAttribute("net" + l.index()));
        a.put("ip", DefaultAttribute.createAttribute(l.nic().isDhcp() ? "dhcp" : l.nic().ip()));
        putIfSet(a, "mac", l.nic().mac());
        return a;
    }

    private static void putIfSet(Map<String, Attribute> a, String key, String value) {
        if (value != null) {
            a.put(key, DefaultAttribute.createAttribute(value));
        }
    }
}
