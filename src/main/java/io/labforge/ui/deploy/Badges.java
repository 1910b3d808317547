package io.labforge.ui.deploy;

import io.labforge.deploy.event.ResourceState;
import io.labforge.deploy.plan.Change;
import io.labforge.deploy.port.PowerState;
import io.labforge.deploy.status.GuestStatus;
import io.labforge.ui.canvas.StatusBadge;
import javafx.scene.paint.Color;

/** The canvas badge for a planned change or a resource's live state. */
final class Badges {

    static final Color CREATE = Color.web("#2e7d32");
    static final Color UPDATE = Color.web("#f9a825");
    static final Color REPLACE = Color.web("#ef6c00");
    static final Color DELETE = Color.web("#c62828");
    static final Color UNCHANGED = Color.web("#78909c");
    static final Color DRIFT = Color.web("#6a1b9a");
    static final Color BUSY = Color.web("#1565c0");

    private Badges() {
    }

    static StatusBadge of(Change c) {
        if (c.drift()) {
            return new StatusBadge("drift: " + c.action().name().toLowerCase(), DRIFT);
        }
        return switch (c.action()) {
            case CREATE -> new StatusBadge("+ create", CREATE);
            case UPDATE -> new StatusBadge("~ update", UPDATE);
            case REPLACE -> new StatusBadge("-/+ replace", REPLACE);
            case DELETE -> new StatusBadge("- delete", DELETE);
            case UNCHANGED -> new StatusBadge("= unchanged", UNCHANGED);
        };
    }

    static StatusBadge of(ResourceState s, String address) {
        return switch (s) {
            case PENDING -> new StatusBadge("pending", UNCHANGED);
            case CREATING -> new StatusBadge("creating", BUSY);
            case CONFIGURING -> new StatusBadge("configuring", BUSY);
            case STARTING -> new StatusBadge("starting", BUSY);
            case WAITING -> new StatusBadge("booting", BUSY);
            case PROVISIONING -> new StatusBadge("provisioning", BUSY);
            case READY -> new StatusBadge(address == null || address.isBlank() ? "running" : "running " + address, CREATE);
            case DELETING -> new StatusBadge("deleting", DELETE);
            case DELETED -> new StatusBadge("deleted", UNCHANGED);
            case FAILED -> new StatusBadge("failed", DELETE);
            case STOPPING -> new StatusBadge("stopping", BUSY);
            case STOPPED -> new StatusBadge("stopped", UNCHANGED);
        };
    }

    /** A guest's live state between runs: running with its address, stopped, missing, or drift. */
    static StatusBadge of(GuestStatus g) {
        if (g.missing()) {
            return new StatusBadge("missing", DELETE);
        }
        String power = switch (g.power()) {
            case RUNNING -> g.addresses().isEmpty() ? "running" : "running " + g.addresses().get(0);
            case STOPPED -> "stopped";
            case UNKNOWN -> "unknown";
        };
        if (g.drift()) {
            return new StatusBadge("drift · " + power, DRIFT);
        }
        return new StatusBadge(power, g.power() == PowerState.RUNNING ? CREATE : UNCHANGED);
    }

    /** Plain-word icon for a row's state, readable without colour. */
    static String icon(ResourceState s) {
        return switch (s) {
            case PENDING -> "◌";
            case READY, DELETED, STOPPED -> "✔";
            case FAILED -> "✖";
            default -> "⟳";
        };
    }

}
