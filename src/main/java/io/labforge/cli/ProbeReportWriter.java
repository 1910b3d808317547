package io.labforge.cli;

import io.labforge.proxmox.probe.ProbeReport;

import java.io.PrintWriter;
import java.util.Locale;

/** Prints a {@link ProbeReport} for people: one section per topic, aligned columns, sizes in GiB. */
final class ProbeReportWriter {

    private static final double GIB = 1024.0 * 1024 * 1024;

    private ProbeReportWriter() {
    }

    static void write(ProbeReport r, PrintWriter out) {
        out.printf("Proxmox VE %s at %s (as %s)%s%n", r.version(), r.endpoint(), r.principal(), r.quorate() ? "" : " — NO QUORUM");
        out.println();
        out.println("Nodes");
        r.nodes().forEach(n -> out.printf(Locale.ROOT, "  %-12s %-8s CPU %5.1f of %3d free   RAM %7.1f of %7.1f GiB free%n",
                n.node(), n.status(), n.freeCpus(), n.cpus(), n.freeMemory() / GIB, n.memory() / GIB));
        out.println("Storages");
        r.storages().forEach(s -> out.printf(Locale.ROOT, "  %-24s %-9s %-30s %8.1f of %8.1f GiB free%s%n",
                s.node() + "/" + s.storage(), s.type(), String.join(",", s.content()), s.available() / GIB, s.total() / GIB,
                s.shared() ? " (shared)" : ""));
        section(out, "Templates", r.templates().isEmpty());
        r.templates().forEach(t -> out.printf("  %-6d %-32s %s on %s%n", t.vmid(), t.name(), t.type(), t.node()));
        section(out, "ISO images", r.isos().isEmpty());
        r.isos().forEach(m -> out.printf(Locale.ROOT, "  %-60s %8.2f GiB  (%s)%n", m.volid(), m.size() / GIB, m.node()));
        section(out, "Container templates", r.containerTemplates().isEmpty());
        r.containerTemplates().forEach(m -> out.printf(Locale.ROOT, "  %-60s %8.2f GiB  (%s)%n", m.volid(), m.size() / GIB, m.node()));
        out.println("Privileges");
        if (r.missingPrivileges().isEmpty()) {
            out.println("  all privileges needed to deploy a lab are present");
        }
        r.missingPrivileges().forEach(p -> out.printf("  %s %-26s %s — grant on %s%n", p.required() ? "missing " : "optional",
                p.privilege(), p.why(), String.join(" or ", p.grantOn())));
        if (!r.warnings().isEmpty()) {
            out.println("Warnings");
            r.warnings().forEach(w -> out.println("  " + w));
        }
        out.println();
        out.println(r.readyToDeploy() ? "Ready to deploy." : "Not ready to deploy: fix the missing privileges above (see docs/proxmox-client.md).");
    }

    private static void section(PrintWriter out, String title, boolean empty) {
        out.println(title + (empty ? ": none" : ""));
    }
}
