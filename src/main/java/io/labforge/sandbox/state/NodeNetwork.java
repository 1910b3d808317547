package io.labforge.sandbox.state;

import java.util.Map;
import java.util.TreeMap;

/**
 * A node's interfaces: the active ones ({@code /etc/network/interfaces}) and the staged edit
 * ({@code interfaces.new}) that only {@code PUT /nodes/{node}/network} applies.
 */
public final class NodeNetwork {

    private final Map<String, Map<String, Object>> active = new TreeMap<>();
    private Map<String, Map<String, Object>> staged;

    public Map<String, Map<String, Object>> active() {
        return active;
    }

    public boolean hasPending() {
        return staged != null;
    }

    /** The staged configuration, created from the active one on the first edit. */
    public Map<String, Map<String, Object>> edit() {
        if (staged == null) {
            staged = new TreeMap<>();
            active.forEach((k, v) -> staged.put(k, new TreeMap<>(v)));
        }
        return staged;
    }

    /** What {@code GET /nodes/{node}/network} shows: the staged view if any. */
    public Map<String, Map<String, Object>> view() {
        return staged != null ? staged : active;
    }

    public void apply() {
        if (staged != null) {
            active.clear();
            active.putAll(staged);
            staged = null;
        }
    }

    public void revert() {
        staged = null;
    }

    /** A unified-diff-like summary of the staged changes (the {@code changes} field). */
    public String changes() {
        if (staged == null) {
            return null;
        }
        StringBuilder diff = new StringBuilder("--- /etc/network/interfaces\n+++ /etc/network/interfaces.new\n");
        for (String iface : new java.util.TreeSet<>(union())) {
            Map<String, Object> before = active.get(iface);
            Map<String, Object> after = staged.get(iface);
            if (before == null) {
                diff.append("+iface ").append(iface).append('\n');
            } else if (after == null) {
                diff.append("-iface ").append(iface).append('\n');
            } else if (!before.equals(after)) {
                diff.append("-iface ").append(iface).append(' ').append(before).append('\n')
                        .append("+iface ").append(iface).append(' ').append(after).append('\n');
            }
        }
        return diff.toString();
    }

    private java.util.Set<String> union() {
        java.util.Set<String> all = new java.util.HashSet<>(active.keySet());
        all.addAll(staged.keySet());
        return all;
    }

    /** Whether a bridge (or SDN vnet shown as bridge) is up on this node. */
    public boolean bridgeActive(String name) {
        Map<String, Object> iface = active.get(name);
        return iface != null && "bridge".equals(iface.get("type"));
    }
}
