package io.labforge.deploy.adapter;

import io.labforge.deploy.port.CloudInit;
import io.labforge.deploy.port.GuestConfig;
import io.labforge.deploy.port.IpConfig;
import io.labforge.deploy.port.NicConfig;
import io.labforge.proxmox.property.DiskSpec;
import io.labforge.proxmox.property.LxcNic;
import io.labforge.proxmox.property.QemuNic;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the lab-relevant part of a raw QEMU or LXC config into a {@link GuestConfig}. */
final class ConfigReader {

    static final List<String> BOOT_DISKS = List.of("scsi0", "virtio0", "sata0", "ide0");
    private static final Pattern INDEXED = Pattern.compile("([a-z]+)(\\d+)");
    private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)([KMGT]?)");

    private ConfigReader() {
    }

    static GuestConfig qemu(Map<String, String> c) {
        List<NicConfig> nics = new ArrayList<>();
        indexed(c, "net").values().forEach(v -> {
            QemuNic n = QemuNic.parse(v);
            nics.add(new NicConfig(n.bridge(), n.tag(), n.firewall(), n.mac()));
        });
        List<IpConfig> ips = new ArrayList<>();
        indexed(c, "ipconfig").values().forEach(v -> {
            io.labforge.proxmox.property.IpConfig ip = io.labforge.proxmox.property.IpConfig.parse(v);
            ips.add(new IpConfig(ip.ip() == null ? "dhcp" : ip.ip(), ip.gw()));
        });
        boolean hasCi = !ips.isEmpty() || c.containsKey("ciuser") || c.containsKey("sshkeys") || c.containsKey("nameserver")
                || c.containsKey("cicustom");
        CloudInit ci = hasCi ? new CloudInit(c.get("ciuser"), sshKeys(c.get("sshkeys")), c.get("nameserver"), ips,
                userData(c.get("cicustom"))) : null;
        return new GuestConfig(intOr(c.get("cores"), 1), memory(c.get("memory")), bootDiskGiB(c), nics, ci, tags(c.get("tags")),
                c.get("description"));
    }

    static GuestConfig lxc(Map<String, String> c) {
        List<NicConfig> nics = new ArrayList<>();
        List<IpConfig> ips = new ArrayList<>();
        indexed(c, "net").values().forEach(v -> {
            LxcNic n = LxcNic.parse(v);
            nics.add(new NicConfig(n.bridge(), n.tag(), n.firewall(), n.hwaddr() == null ? null : n.hwaddr().toUpperCase()));
            ips.add(n.ip() == null || "dhcp".equals(n.ip()) ? IpConfig.DHCP : new IpConfig(n.ip(), n.gw()));
        });
        Integer disk = c.get("rootfs") == null ? null : sizeGiB(DiskSpec.parse(c.get("rootfs"), "volume").options().get("size"));
        return new GuestConfig(intOr(c.get("cores"), 1), intOr(c.get("memory"), 512), disk, nics,
                new CloudInit(null, List.of(), c.get("nameserver"), ips), tags(c.get("tags")), c.get("description"));
    }

    /** The {@code user=} volume of a {@code cicustom} value, {@code null}: none. */
    static String userData(String cicustom) {
        if (cicustom == null) {
            return null;
        }
        for (String part : cicustom.split(",")) {
            if (part.strip().startsWith("user=")) {
                return part.strip().substring("user=".length());
            }
        }
        return null;
    }

    /** The slot of the boot disk ({@code scsi0}, ...), skipping CD-ROMs and the cloud-init drive. */
    static String bootDiskSlot(Map<String, String> c) {
        for (String slot : BOOT_DISKS) {
            String v = c.get(slot);
            if (v != null && !v.contains("media=cdrom") && !v.contains("cloudinit")) {
                return slot;
            }
        }
        return "scsi0";
    }

    static boolean hasCloudInitDrive(Map<String, String> c) {
        return c.values().stream().anyMatch(v -> v.contains(":cloudinit") || v.contains("-cloudinit"));
    }

    static Integer bootDiskGiB(Map<String, String> c) {
        String v = c.get(bootDiskSlot(c));
        return v == null ? null : sizeGiB(DiskSpec.parse(v, "file").options().get("size"));
    }

    static Integer sizeGiB(String size) {
        if (size == null) {
            return null;
        }
        Matcher m = SIZE.matcher(size.trim());
        if (!m.matches()) {
            return null;
        }
        double n = Double.parseDouble(m.group(1));
        double gib = switch (m.group(2)) {
            case "T" -> n * 1024;
            case "M" -> n / 1024;
            case "K" -> n / 1024 / 1024;
            case "G" -> n;
            default -> n / 1024 / 1024 / 1024;
        };
        return (int) Math.round(gib);
    }

    static Set<String> tags(String raw) {
        if (raw == null || raw.isBlank()) {
            return Set.of();
        }
        return new LinkedHashSet<>(Arrays.stream(raw.split("[;,\\s]+")).filter(t -> !t.isBlank()).toList());
    }

    private static Integer memory(String raw) {
        if (raw == null) {
            return 512;
        }
        String v = raw.startsWith("current=") ? raw.substring(8) : raw;
        int comma = v.indexOf(',');
        return intOr(comma < 0 ? v : v.substring(0, comma), 512);
    }

    private static List<String> sshKeys(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        String decoded = URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        return Arrays.stream(decoded.split("\n")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Integer intOr(String v, int fallback) {
        try {
            return v == null ? fallback : Integer.valueOf(v.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Map<Integer, String> indexed(Map<String, String> c, String prefix) {
        Map<Integer, String> out = new TreeMap<>();
        c.forEach((k, v) -> {
            Matcher m = INDEXED.matcher(k);
            if (m.matches() && m.group(1).equals(prefix)) {
                out.put(Integer.parseInt(m.group(2)), v);
            }
        });
        return out;
    }
}
