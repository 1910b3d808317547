package io.labforge.sandbox.resource;

import io.labforge.sandbox.state.SimNode;
import io.labforge.sandbox.state.SimState;
import io.labforge.sandbox.state.SimStorage;
import io.labforge.sandbox.state.Volume;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code /nodes}, {@code /nodes/{node}/status}, and the node's storages and their content. */
final class NodesResource {

    private NodesResource() {
    }

    static void register(Routes routes, Sim sim) {
        SimState state = sim.state();
        routes.on("GET", "/nodes", call -> state.read(() -> {
            List<Map<String, Object>> out = new ArrayList<>();
            state.nodes().values().forEach(n -> out.add(NodeViews.listEntry(state, n, sim.fingerprint())));
            return out;
        }));
        routes.on("GET", "/nodes/{node}/status", call -> state.read(() -> status(state, state.node(call.node()))));
        routes.on("GET", "/nodes/{node}/storage", call -> state.read(() -> {
            state.node(call.node());
            String content = call.opt("content").orElse(null);
            List<Map<String, Object>> out = new ArrayList<>();
            for (SimStorage s : state.storages().values()) {
                boolean wanted = content == null || java.util.Arrays.stream(content.split("[,;\\s]+")).anyMatch(s::supports);
                if (wanted && sim.acl().has("/storage/" + s.id(), "Datastore.Audit")) {
                    out.add(NodeViews.storageStatus(state, call.node(), s));
                }
            }
            return out;
        }));
        routes.on("GET", "/nodes/{node}/storage/{storage}/status", call -> state.read(() -> {
            state.node(call.node());
            return NodeViews.storageStatus(state, call.node(), state.storage(call.str("storage")));
        }));
        routes.on("GET", "/nodes/{node}/storage/{storage}/content", call -> state.read(() -> content(state, call)));
        routes.on("GET", "/storage/{storage}", call -> state.read(() -> storageConfig(sim, state.storage(call.str("storage")))));
    }

    private static Map<String, Object> status(SimState state, SimNode n) {
        long used = NodeViews.usedMemory(state, n.name());
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("uptime", 86_400);
        m.put("cpu", 0.03);
        m.put("loadavg", List.of("0.12", "0.10", "0.08"));
        m.put("memory", Map.of("total", n.maxmem(), "used", used, "free", n.maxmem() - used, "available", n.maxmem() - used));
        m.put("swap", Map.of("total", 8L << 30, "used", 0, "free", 8L << 30));
        m.put("rootfs", Map.of("total", 100L << 30, "used", 6L << 30, "free", 94L << 30, "avail", 94L << 30));
        m.put("cpuinfo", Map.of("cpus", n.maxcpu(), "cores", n.maxcpu() / 2, "sockets", 1, "model", "Simulated CPU @ 3.00GHz",
                "mhz", "3000.000", "hvm", "1", "flags", "aes avx2 vmx"));
        m.put("pveversion", "pve-manager/" + VersionResource.VERSION + "/5f1a2b3c");
        m.put("kversion", "Linux 6.17.2-1-pve #1 SMP PREEMPT_DYNAMIC PMX 6.17.2-1");
        m.put("current-kernel", Map.of("sysname", "Linux", "release", "6.17.2-1-pve", "machine", "x86_64"));
        m.put("boot-info", Map.of("mode", "efi", "secureboot", 0));
        return m;
    }

    private static List<Map<String, Object>> content(SimState state, ApiCall call) {
        state.node(call.node());
        SimStorage s = state.storage(call.str("storage"));
        String content = call.opt("content").orElse(null);
        Integer vmid = call.opt("vmid").map(Integer::valueOf).orElse(null);
        List<Volume> volumes = new ArrayList<>(s.files());
        volumes.addAll(state.disks(s.id(), call.node()));
        List<Map<String, Object>> out = new ArrayList<>();
        for (Volume v : volumes) {
            if (content != null && !content.equals(v.content()) || vmid != null && vmid != v.vmid()) {
                continue;
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("volid", v.volid());
            m.put("content", v.content());
            m.put("format", v.format());
            m.put("size", v.size());
            m.put("ctime", 1_735_689_600L);
            if (v.vmid() != 0) {
                m.put("vmid", v.vmid());
            }
            out.add(m);
        }
        return out;
    }

    /** {@code GET /storage/{storage}}: its configuration; a directory storage has a {@code path}. */
    private static Map<String, Object> storageConfig(Sim sim, SimStorage s) {
        if (!sim.acl().has("/storage/" + s.id(), "Datastore.Allocate")) {
            throw ApiException.forbidden("/storage/" + s.id(), "Datastore.Allocate");
        }
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("storage", s.id());
        out.put("type", s.type());
        out.put("content", String.join(",", new java.util.TreeSet<>(s.content())));
        if ("dir".equals(s.type())) {
            out.put("path", "local".equals(s.id()) ? io.labforge.sandbox.host.SandboxHosts.LOCAL_PATH : "/mnt/pve/" + s.id());
        }
        out.put("digest", Integer.toHexString(s.id().hashCode()));
        return out;
    }
}
