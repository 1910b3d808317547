package io.labforge.sandbox.resource;

import com.fasterxml.jackson.databind.JsonNode;
import io.labforge.sandbox.state.GuestType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** How guest options read back: JSON types from the schema's {@code returns}, the SHA-1 {@code digest}, privileges per option. */
final class ConfigValues {

    private static final Set<String> CPU = Set.of("cores", "sockets", "vcpus", "cpu", "cpulimit", "cpuunits", "numa", "affinity");
    private static final Set<String> MEMORY = Set.of("memory", "balloon", "shares", "swap");
    private static final Set<String> HWTYPE = Set.of("scsihw", "vga", "bios", "machine", "keyboard", "tablet", "audio0", "rng0");
    private static final Set<String> POWER = Set.of("onboot", "startup", "protection");

    private ConfigValues() {
    }

    /** Guest options with numbers/booleans typed as {@code returns} declares them. */
    static Map<String, Object> typed(JsonNode returns, Map<String, String> config) {
        JsonNode props = returns.path("properties");
        Map<String, Object> out = new LinkedHashMap<>();
        config.forEach((k, v) -> {
            JsonNode schema = props.has(k) ? props.get(k) : props.path(k.replaceAll("\\d+$", "") + "[n]");
            String type = schema.path("type").asText("string");
            boolean numeric = (type.equals("integer") || type.equals("boolean")) && v.matches("-?\\d+");
            out.put(k, numeric ? (Object) Long.parseLong(v) : type.equals("number") && v.matches("-?\\d+(\\.\\d+)?") ? Double.parseDouble(v) : v);
        });
        return out;
    }

    static String digest(Map<String, String> config) {
        try {
            StringBuilder text = new StringBuilder();
            config.forEach((k, v) -> text.append(k).append(": ").append(v).append('\n'));
            byte[] sha = MessageDigest.getInstance("SHA-1").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The VM.Config.* privilege an option needs (qemu-server check_vm_modify_config_perm). */
    static String privilege(GuestType type, String key) {
        if (key.matches("net\\d+")) {
            return "VM.Config.Network";
        }
        if (key.matches("ipconfig\\d+") || key.startsWith("ci") || key.equals("sshkeys") || key.equals("nameserver")
                || key.equals("searchdomain")) {
            return type == GuestType.QEMU ? "VM.Config.Cloudinit" : "VM.Config.Network";
        }
        if (key.matches("(scsi|virtio|sata|ide|efidisk|tpmstate|mp|unused)\\d+") || key.equals("rootfs")) {
            return "VM.Config.Disk";
        }
        if (CPU.contains(key)) {
            return "VM.Config.CPU";
        }
        if (MEMORY.contains(key)) {
            return "VM.Config.Memory";
        }
        if (HWTYPE.contains(key) || key.matches("(serial|usb|hostpci|parallel)\\d+")) {
            return "VM.Config.HWType";
        }
        if (POWER.contains(key)) {
            return "VM.Config.Options";
        }
        return "VM.Config.Options";
    }

    /** Options a running guest takes at once; the rest wait in pending until a full stop/start or reboot. */
    static boolean hotpluggable(GuestType type, String key, boolean existing) {
        if (Set.of("name", "hostname", "tags", "description", "onboot", "protection", "startup").contains(key)) {
            return true;
        }
        if (key.matches("net\\d+")) {
            return true;
        }
        if (type == GuestType.LXC) {
            return !key.equals("rootfs") && !key.matches("mp\\d+") && !Set.of("unprivileged", "features", "ostype", "arch").contains(key);
        }
        return key.matches("(scsi|virtio|sata)\\d+") && !existing;
    }
}
