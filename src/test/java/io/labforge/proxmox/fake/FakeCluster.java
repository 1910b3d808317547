package io.labforge.proxmox.fake;

import java.util.List;
import java.util.Map;

/** Routes a small single-node PVE 9 homelab onto a {@link FakePveServer}. */
public final class FakeCluster {

    private static final long GIB = 1024L * 1024 * 1024;

    private FakeCluster() {
    }

    /** @param permissions the caller's effective privileges per path, as GET /access/permissions returns them */
    public static void homelab(FakePveServer s, Map<String, Map<String, Integer>> permissions) {
        s.on("GET /version", r -> FakeResponse.data(Map.of("version", "9.1.9", "release", "9.1", "repoid", "a1b2c3d4")));
        s.on("GET /cluster/status", r -> FakeResponse.data(List.of(Map.of("type", "node", "name", "pve1", "online", 1, "local", 1))));
        s.on("GET /nodes", r -> FakeResponse.data(List.of(
                Map.of("node", "pve1", "status", "online", "cpu", 0.25, "maxcpu", 16, "mem", 24 * GIB, "maxmem", 64 * GIB, "uptime", 86400),
                Map.of("node", "pve2", "status", "offline"))));
        s.on("GET /nodes/pve1/storage", r -> FakeResponse.data(List.of(
                Map.of("storage", "local", "type", "dir", "content", "iso,vztmpl,backup", "active", 1, "enabled", 1, "shared", 0,
                        "avail", 80 * GIB, "used", 20 * GIB, "total", 100 * GIB),
                Map.of("storage", "local-lvm", "type", "lvmthin", "content", "images,rootdir", "active", 1, "enabled", 1, "shared", 0,
                        "avail", 700 * GIB, "used", 200 * GIB, "total", 900 * GIB))));
        s.on("GET /nodes/pve1/storage/local/content", r -> FakeResponse.data("iso".equals(r.param("content"))
                ? List.of(Map.of("volid", "local:iso/pfSense-CE-2.7.2-RELEASE-amd64.iso", "content", "iso", "format", "iso", "size", 900_000_000L))
                : List.of(Map.of("volid", "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst", "content", "vztmpl",
                        "format", "tzst", "size", 126_000_000L))));
        s.on("GET /cluster/resources", r -> FakeResponse.data(List.of(
                Map.of("id", "qemu/9000", "type", "qemu", "node", "pve1", "vmid", 9000, "name", "ubuntu-2404-cloud", "template", 1, "status", "stopped"),
                Map.of("id", "qemu/101", "type", "qemu", "node", "pve1", "vmid", 101, "name", "web1", "template", 0, "status", "running"))));
        s.on("GET /access/permissions", r -> FakeResponse.data(permissions));
    }

    /** What PVEVMAdmin + PVEDatastoreUser on /pool/lab, and Sys.Audit on /nodes give a token. */
    public static Map<String, Map<String, Integer>> vmAdminOnPoolOnly() {
        Map<String, Integer> vm = new java.util.TreeMap<>();
        for (String p : List.of("VM.Allocate", "VM.Clone", "VM.Audit", "VM.Config.Disk", "VM.Config.CPU", "VM.Config.Memory",
                "VM.Config.Network", "VM.Config.Options", "VM.Config.Cloudinit", "VM.Config.HWType", "VM.Config.CDROM",
                "VM.PowerMgmt", "VM.GuestAgent.Audit", "Pool.Audit")) {
            vm.put(p, 1);
        }
        return Map.of("/pool/lab", vm, "/nodes", Map.of("Sys.Audit", 1), "/storage/local-lvm",
                Map.of("Datastore.AllocateSpace", 1, "Datastore.Audit", 1));
    }
}
