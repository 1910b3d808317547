package io.labforge.io.export;

import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import org.jgrapht.Graph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code dot}: Graphviz. Networks are filled boxes in their zone's colour, nodes ellipses labelled with
 * their id, kind and addresses (dashed for documentation-only nodes), NICs edges in the zone's colour.
 */
public final class DotExporter implements Exporter {

    @Override
    public String format() {
        return "dot";
    }

    @Override
    public String extension() {
        return "gv";
    }

    @Override
    public void export(Lab lab, ExportOptions options, OutputStream out) throws IOException {
        Graph<TopologyGraph.Vertex, TopologyGraph.Link> graph = TopologyGraph.of(lab);
        DOTExporter<TopologyGraph.Vertex, TopologyGraph.Link> dot = new DOTExporter<>(v -> quote(v.key()));
        dot.setGraphIdProvider(() -> quote(lab.name()));
        dot.setGraphAttributeProvider(() -> Map.of(
                // graph attributes are written as they are: quote them here
                "label", DefaultAttribute.createAttribute(quote(lab.name())),
                "rankdir", DefaultAttribute.createAttribute("TB"),
                "fontname", DefaultAttribute.createAttribute("Helvetica")));
        dot.setVertexAttributeProvider(DotExporter::vertex);
        dot.setEdgeAttributeProvider(l -> Map.of(
                "color", DefaultAttribute.createAttribute(Labels.zoneColour(TopologyGraph.segment(graph, l).network())),
                "label", DefaultAttribute.createAttribute("net" + l.index())));
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        dot.exportGraph(graph, w);
        w.flush();
    }

    private static Map<String, Attribute> vertex(TopologyGraph.Vertex v) {
        Map<String, Attribute> a = new LinkedHashMap<>();
        if (v instanceof TopologyGraph.Segment s) {
            a.put("label", DefaultAttribute.createAttribute(lines(Labels.network(s.network()))));
            a.put("shape", DefaultAttribute.createAttribute("box"));
            a.put("style", DefaultAttribute.createAttribute("filled,rounded"));
            a.put("fillcolor", DefaultAttribute.createAttribute(Labels.zoneColour(s.network())));
            a.put("fontcolor", DefaultAttribute.createAttribute("white"));
        } else if (v instanceof TopologyGraph.Host h) {
            a.put("label", DefaultAttribute.createAttribute(lines(Labels.node(h.node()))));
            a.put("shape", DefaultAttribute.createAttribute("ellipse"));
            boolean guest = NodeKinds.builtin().realization(h.node()).isGuest();
            a.put("style", DefaultAttribute.createAttribute(guest ? "solid" : "dashed"));
        }
        return a;
    }

    /** Line breaks as DOT's {@code \\n} escape, which centres each line. */
    private static String lines(String label) {
        return label.replace("\\", "\\\\").replace("\r", "").replace("\n", "\\n");
    }

    /** A DOT quoted id: any text, with quotes and backslashes escaped. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "") + "\"";
    }
}
