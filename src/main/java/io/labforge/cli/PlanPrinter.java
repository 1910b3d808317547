package io.labforge.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.labforge.deploy.plan.Change;
import io.labforge.deploy.plan.Plan;
import io.labforge.deploy.plan.PropertyChange;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints a plan for people (one line per resource, one per property) or as JSON. */
final class PlanPrinter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private PlanPrinter() {
    }

    static void text(Plan plan, PrintWriter out) {
        out.println("Plan for lab '" + plan.lab() + "': " + plan.summary() + (plan.hasDrift() ? " (drift found)" : ""));
        for (Change c : plan.actualChanges()) {
            out.printf("  %-3s %-6s %-18s %s%s%n", c.action().symbol(), c.type().name().toLowerCase(), c.id(),
                    c.reason() == null ? "" : c.reason(), c.drift() ? "  [drift]" : "");
            for (PropertyChange p : c.properties()) {
                out.printf("          %-14s %s -> %s%s%n", p.name(), p.from() == null ? "(none)" : p.from(),
                        p.to() == null ? "(none)" : p.to(), p.drift() ? "  [changed outside Labforge]" : "");
            }
        }
        if (plan.isEmpty()) {
            out.println("  Nothing to do: the cluster matches the lab.");
        }
        plan.warnings().forEach(w -> out.println("  warning: " + w));
        plan.blockers().forEach(b -> out.println("  cannot apply: " + b));
    }

    static void json(Plan plan, PrintWriter out) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lab", plan.lab());
        m.put("empty", plan.isEmpty());
        m.put("drift", plan.hasDrift());
        m.put("counts", plan.counts());
        m.put("changes", plan.actualChanges().stream().map(PlanPrinter::change).toList());
        m.put("warnings", plan.warnings());
        m.put("blockers", plan.blockers());
        try {
            out.println(JSON.writeValueAsString(m));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("plan is plain data", e);
        }
    }

    private static Map<String, Object> change(Change c) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", c.type().name().toLowerCase());
        m.put("id", c.id());
        m.put("action", c.action().name().toLowerCase());
        m.put("reason", c.reason());
        m.put("drift", c.drift());
        m.put("node", c.node());
        m.put("vmid", c.existing() == null ? null : c.existing().vmid());
        m.put("properties", c.properties().stream().map(p -> Map.of("name", p.name(),
                "from", p.from() == null ? "" : p.from(), "to", p.to() == null ? "" : p.to(), "drift", p.drift())).toList());
        m.put("work", List.copyOf(c.work()).stream().map(w -> w.name().toLowerCase()).sorted().toList());
        return m;
    }
}
