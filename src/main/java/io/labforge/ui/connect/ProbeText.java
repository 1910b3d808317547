package io.labforge.ui.connect;

import io.labforge.proxmox.probe.ProbeReport;

import java.util.Locale;

/** A probe report as the Connect dialog shows it: version, nodes, storages, templates, missing privileges. */
final class ProbeText {

    private static final double GIB = 1024.0 * 1024 * 1024;

    private ProbeText() {
    }

    static String of(ProbeReport r) {
        StringBuilder b = new StringBuilder();
        b.append("Proxmox VE ").append(r.version()).append(" at ").append(r.endpoint()).append(" as ").append(r.principal())
                .append(r.quorate() ? "" : " — NO QUORUM").append("\n\nNodes\n");
        r.nodes().forEach(n -> b.append(String.format(Locale.ROOT, "  %-10s %-7s %d CPUs, %.1f of %.1f GiB RAM free%n",
                n.node(), n.status(), n.cpus(), n.freeMemory() / GIB, n.memory() / GIB)));
        b.append("Storages\n");
        r.storages().forEach(s -> b.append(String.format(Locale.ROOT, "  %-20s %-8s %.1f of %.1f GiB free%n",
                s.node() + "/" + s.storage(), s.type(), s.available() / GIB, s.total() / GIB)));
        b.append("Templates").append(r.templates().isEmpty() ? ": none\n" : "\n");
        r.templates().forEach(t -> b.append("  ").append(t.vmid()).append(' ').append(t.name()).append(" on ").append(t.node()).append('\n'));
        b.append("Privileges\n");
        if (r.missingPrivileges().isEmpty()) {
            b.append("  all privileges needed to deploy a lab are present\n");
        }
        r.missingPrivileges().forEach(p -> b.append(p.required() ? "  missing " : "  optional ").append(p.privilege())
                .append(" — ").append(p.why()).append(" (grant on ").append(String.join(" or ", p.grantOn())).append(")\n"));
        r.warnings().forEach(w -> b.append("  ⚠ ").append(w).append('\n'));
        b.append('\n').append(r.readyToDeploy() ? "Ready to deploy." : "Not ready to deploy: grant the missing privileges above.");
        return b.toString();
    }
}
