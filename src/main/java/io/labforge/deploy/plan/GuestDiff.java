package io.labforge.deploy.plan;

import io.labforge.deploy.journal.GuestRecord;
import io.labforge.deploy.port.Guest;
import io.labforge.deploy.port.PowerState;
import io.labforge.kind.Realization;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** Compares one desired guest with the guest that realises it, property by property. */
final class GuestDiff {

    private static final Set<String> CONFIG_PREFIXES = Set.of("cores", "memory", "net", "ipconfig", "ciuser",
            "sshkeys", "cicustom", "nameserver", "tags", "description");

    final List<PropertyChange> properties = new ArrayList<>();
    final Set<Work> work = EnumSet.noneOf(Work.class);
    String replaceReason;

    GuestDiff(DesiredGuest d, Guest actual, GuestRecord record, boolean confirmed) {
        Map<String, String> want = GuestProperties.of(d.type(), d.source(), d.config(), d.firewall());
        Map<String, String> applied = record == null || !confirmed ? null : record.applied();
        String actualSource = applied != null && applied.get("source") != null ? applied.get("source") : d.source();
        Map<String, String> have = GuestProperties.of(actual.ref().type(), actualSource, actual.config(), actual.firewallRules());
        Set<String> names = new LinkedHashSet<>(want.keySet());
        names.addAll(have.keySet());
        for (String name : names) {
            String to = want.get(name);
            String from = have.get(name);
            if (!Objects.equals(to, from)) {
                boolean drift = applied != null && applied.containsKey(name) && !Objects.equals(applied.get(name), from);
                properties.add(new PropertyChange(name, from, to, drift));
                classify(name, from, to);
            }
        }
        if (d.pinnedNode() != null && !d.pinnedNode().equals(actual.ref().node())) {
            properties.add(new PropertyChange("node", actual.ref().node(), d.pinnedNode(), false));
            replaceReason = "moves from node " + actual.ref().node() + " to " + d.pinnedNode();
        }
        if (actual.status() != PowerState.RUNNING) {
            boolean drift = applied != null;
            properties.add(new PropertyChange("power", actual.status().name().toLowerCase(), "running", drift));
            work.add(Work.START);
        }
        // Guests adopted without a journal record are not provisioned again: their state is unknown here.
        if (replaceReason == null && d.realization() != Realization.VM_FROM_ISO
                && confirmed && record != null && !record.provisioned()) {
            properties.add(new PropertyChange("provisioned", "no", "yes", false));
            work.add(Work.PROVISION);
        }
    }

    private void classify(String name, String from, String to) {
        switch (name) {
            case "type" -> replaceReason = "changes from " + from + " to " + to;
            case "source" -> replaceReason = "is built from " + to + " instead of " + from;
            case "disk" -> {
                if (from != null && to != null && Integer.parseInt(to) < Integer.parseInt(from)) {
                    replaceReason = "disk shrinks from " + from + " to " + to + " GiB, and disks cannot shrink";
                } else {
                    work.add(Work.RESIZE);
                }
            }
            case "firewall" -> work.add(Work.FIREWALL);
            default -> {
                if (CONFIG_PREFIXES.stream().anyMatch(name::startsWith)) {
                    work.add(Work.CONFIGURE);
                }
            }
        }
    }

    boolean drift() {
        return properties.stream().anyMatch(PropertyChange::drift);
    }

    String reason() {
        List<String> names = properties.stream().map(PropertyChange::name).toList();
        String what = String.join(", ", names);
        return drift() ? "changed outside Labforge: " + what : what + " differ";
    }
}
