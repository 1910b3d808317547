package io.labforge.sandbox.state;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a fresh lab host typically has: two storages, bridges vmbr0 (uplink) and vmbr1 (isolated, VLAN-aware),
 * three cloud-init templates on the first node, installer ISOs and CT templates.
 */
public final class SampleContent {

    public static final List<String> ISOS = List.of(
            "local:iso/pfSense-CE-2.7.2-RELEASE-amd64.iso", "local:iso/OPNsense-25.1-dvd-amd64.iso",
            "local:iso/windows-server-2022.iso", "local:iso/windows-11.iso", "local:iso/securityonion-2.4.110.iso");
    public static final List<String> CT_TEMPLATES = List.of(
            "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst", "local:vztmpl/alpine-3.20-default_20240908_amd64.tar.xz");
    public static final Map<Integer, String> VM_TEMPLATES = Map.of(
            9000, "debian-12-cloudinit", 9001, "ubuntu-24.04-cloudinit", 9002, "rocky-9-cloudinit");

    private static final long GIB = 1L << 30;

    private SampleContent() {
    }

    public static void populate(SimState state, List<String> nodeNames) {
        for (int i = 0; i < nodeNames.size(); i++) {
            String name = nodeNames.get(i);
            state.nodes().put(name, new SimNode(name, "192.168.1." + (10 + i), 16, 64 * GIB));
            bridges(state.network(name), i);
        }
        List<Volume> files = new java.util.ArrayList<>();
        ISOS.forEach(v -> files.add(new Volume(v, "iso", "iso", 4 * GIB, 0)));
        CT_TEMPLATES.forEach(v -> files.add(new Volume(v, "vztmpl", v.endsWith(".zst") ? "tzst" : "txz", 120L << 20, 0)));
        files.add(new Volume("local:snippets/user-data.yaml", "snippets", "snippet", 1024, 0));
        state.storages().put("local", new SimStorage("local", "dir", Set.of("iso", "vztmpl", "snippets", "backup", "import"),
                100 * GIB, files));
        state.storages().put("local-lvm", new SimStorage("local-lvm", "lvmthin", Set.of("images", "rootdir"),
                800 * GIB, List.of()));
        VM_TEMPLATES.forEach((vmid, name) -> template(state, nodeNames.get(0), vmid, name));
    }

    private static void bridges(NodeNetwork net, int index) {
        Map<String, Object> nic = new TreeMap<>(Map.of("iface", "eno1", "type", "eth", "active", 1, "method", "manual",
                "families", List.of("inet")));
        Map<String, Object> vmbr0 = new TreeMap<>(Map.of("iface", "vmbr0", "type", "bridge", "active", 1, "autostart", 1,
                "bridge_ports", "eno1", "bridge_stp", "off", "bridge_fd", "0", "cidr", "192.168.1." + (10 + index) + "/24",
                "address", "192.168.1." + (10 + index), "netmask", "24"));
        vmbr0.put("gateway", "192.168.1.1");
        vmbr0.put("method", "static");
        Map<String, Object> vmbr1 = new TreeMap<>(Map.of("iface", "vmbr1", "type", "bridge", "active", 1, "autostart", 1,
                "bridge_ports", "", "bridge_vlan_aware", 1, "bridge_vids", "2-4094", "method", "manual",
                "comments", "isolated lab bridge\n"));
        net.active().put("eno1", nic);
        net.active().put("vmbr0", vmbr0);
        net.active().put("vmbr1", vmbr1);
    }

    private static void template(SimState state, String node, int vmid, String name) {
        Guest g = new Guest(GuestType.QEMU, vmid, node);
        Map<String, String> c = g.config();
        c.put("name", name);
        c.put("template", "1");
        c.put("ostype", "l26");
        c.put("memory", "2048");
        c.put("cores", "2");
        c.put("sockets", "1");
        c.put("cpu", "x86-64-v2-AES");
        c.put("scsihw", "virtio-scsi-single");
        c.put("scsi0", "local-lvm:base-" + vmid + "-disk-0,iothread=1,size=3G");
        c.put("ide2", "local-lvm:vm-" + vmid + "-cloudinit,media=cdrom");
        c.put("net0", "virtio=" + state.newMac() + ",bridge=vmbr0");
        c.put("boot", "order=scsi0");
        c.put("agent", "1");
        c.put("serial0", "socket");
        c.put("vga", "serial0");
        c.put("ipconfig0", "ip=dhcp");
        c.put("ciuser", name.substring(0, name.indexOf('-')));
        c.put("meta", "creation-qemu=9.2.0,ctime=1735689600");
        g.agentSoftware(true);
        state.guests().put(vmid, g);
    }
}
