package io.labforge.sandbox.resource;

import io.labforge.sandbox.state.DiskSpec;
import io.labforge.sandbox.state.Guest;
import io.labforge.sandbox.state.GuestType;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON shapes PVE uses for a guest in lists, cluster resources and status/current. Call under the state lock. */
final class GuestViews {

    private GuestViews() {
    }

    static long maxmem(Guest g) {
        String memory = g.config().getOrDefault("memory", "512");
        int eq = memory.indexOf('=');
        String mib = eq < 0 ? memory : memory.substring(eq + 1);
        int comma = mib.indexOf(',');
        return Long.parseLong(comma < 0 ? mib : mib.substring(0, comma)) << 20;
    }

    static int cpus(Guest g) {
        int cores = Integer.parseInt(g.config().getOrDefault("cores", "1"));
        return g.type() == GuestType.QEMU ? cores * Integer.parseInt(g.config().getOrDefault("sockets", "1")) : cores;
    }

    static long maxdisk(Guest g) {
        String key = g.type() == GuestType.QEMU ? firstDisk(g) : "rootfs";
        return key == null ? 0 : DiskSpec.sizeBytes(g.config().getOrDefault(key, ""));
    }

    private static String firstDisk(Guest g) {
        for (String k : new String[] {"scsi0", "virtio0", "sata0", "ide0"}) {
            String v = g.config().get(k);
            if (v != null && !v.contains("media=cdrom")) {
                return k;
            }
        }
        return null;
    }

    static long uptime(Guest g) {
        return g.running() ? Math.max(1, Duration.between(g.startedAt(), Instant.now()).toSeconds()) : 0;
    }

    /** Entry of {@code GET /nodes/{node}/qemu|lxc}. */
    static Map<String, Object> listEntry(Guest g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("vmid", g.vmid());
        m.put("name", g.name());
        m.put("status", g.running() ? "running" : "stopped");
        m.put("cpus", cpus(g));
        m.put("maxmem", maxmem(g));
        m.put("mem", g.running() ? maxmem(g) / 3 : 0);
        m.put("maxdisk", maxdisk(g));
        m.put("disk", 0);
        m.put("uptime", uptime(g));
        m.put("cpu", g.running() ? 0.02 : 0);
        m.put("netin", 0);
        m.put("netout", 0);
        m.put("type", g.type().path());
        if (g.template()) {
            m.put("template", 1);
        }
        if (g.lock() != null) {
            m.put("lock", g.lock());
        }
        if (g.config().containsKey("tags")) {
            m.put("tags", g.config().get("tags"));
        }
        if (g.running()) {
            m.put("pid", 10000 + g.vmid());
        }
        return m;
    }

    /** Entry of {@code GET /cluster/resources} for a guest. */
    static Map<String, Object> resource(Guest g) {
        Map<String, Object> m = listEntry(g);
        m.put("id", g.type().path() + "/" + g.vmid());
        m.put("node", g.node());
        m.put("template", g.template() ? 1 : 0);
        m.put("hastate", null);
        m.remove("pid");
        if (g.pool() != null) {
            m.put("pool", g.pool());
        }
        return m;
    }

    /** {@code GET .../status/current}. */
    static Map<String, Object> current(Guest g) {
        Map<String, Object> m = listEntry(g);
        m.put("qmpstatus", g.running() ? "running" : "stopped");
        m.put("ha", Map.of("managed", 0));
        if (g.type() == GuestType.QEMU) {
            m.put("agent", AgentResource.configured(g) ? 1 : 0);
            if (g.running()) {
                m.put("running-qemu", "10.0.2");
                m.put("running-machine", "pc-i440fx-10.0+pve0");
            }
        }
        return m;
    }
}
