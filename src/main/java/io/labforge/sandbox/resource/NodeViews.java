package io.labforge.sandbox.resource;

import io.labforge.sandbox.state.Guest;
import io.labforge.sandbox.state.SimNode;
import io.labforge.sandbox.state.SimState;
import io.labforge.sandbox.state.SimStorage;
import io.labforge.sandbox.state.Volume;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** JSON shapes of nodes and storages. Call under the state lock. */
final class NodeViews {

    private static final long HOST_MEMORY = 4L << 30;

    private NodeViews() {
    }

    static long usedMemory(SimState state, String node) {
        long used = HOST_MEMORY;
        for (Guest g : state.guests().values()) {
            if (g.node().equals(node) && g.running()) {
                used += GuestViews.maxmem(g);
            }
        }
        return used;
    }

    static Map<String, Object> listEntry(SimState state, SimNode n, String fingerprint) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("node", n.name());
        m.put("status", "online");
        m.put("cpu", 0.03);
        m.put("maxcpu", n.maxcpu());
        m.put("mem", usedMemory(state, n.name()));
        m.put("maxmem", n.maxmem());
        m.put("disk", 6L << 30);
        m.put("maxdisk", 100L << 30);
        m.put("uptime", 86_400);
        m.put("level", "");
        m.put("id", "node/" + n.name());
        m.put("type", "node");
        m.put("ssl_fingerprint", fingerprint);
        return m;
    }

    static Map<String, Object> resource(SimState state, SimNode n) {
        Map<String, Object> m = listEntry(state, n, null);
        m.remove("ssl_fingerprint");
        return m;
    }

    static long used(SimState state, String node, SimStorage s) {
        long used = s.files().stream().mapToLong(Volume::size).sum();
        return used + state.disks(s.id(), node).stream().mapToLong(Volume::size).sum();
    }

    static Map<String, Object> storageStatus(SimState state, String node, SimStorage s) {
        long used = used(state, node, s);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("storage", s.id());
        m.put("type", s.type());
        m.put("content", s.content().stream().sorted().collect(Collectors.joining(",")));
        m.put("active", 1);
        m.put("enabled", 1);
        m.put("shared", 0);
        m.put("total", s.total());
        m.put("used", used);
        m.put("avail", s.total() - used);
        m.put("used_fraction", (double) used / s.total());
        return m;
    }

    static Map<String, Object> storageResource(SimState state, String node, SimStorage s) {
        long used = used(state, node, s);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "storage/" + node + "/" + s.id());
        m.put("type", "storage");
        m.put("storage", s.id());
        m.put("node", node);
        m.put("status", "available");
        m.put("plugintype", s.type());
        m.put("content", s.content().stream().sorted().collect(Collectors.joining(",")));
        m.put("shared", 0);
        m.put("disk", used);
        m.put("maxdisk", s.total());
        return m;
    }
}
