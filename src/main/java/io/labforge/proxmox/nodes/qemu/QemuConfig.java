package io.labforge.proxmox.nodes.qemu;

import io.labforge.proxmox.property.IpConfig;
import io.labforge.proxmox.property.QemuNic;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A VM's configuration as returned by {@code GET .../config}: raw values plus typed views of the common ones. */
public record QemuConfig(Map<String, String> values) {

    private static final Pattern INDEXED = Pattern.compile("([a-z]+)(\\d+)");

    public QemuConfig {
        values = Map.copyOf(values);
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
    }

    public String name() {
        return values.get("name");
    }

    public String digest() {
        return values.get("digest");
    }

    public boolean isTemplate() {
        return "1".equals(values.get("template"));
    }

    public Map<Integer, QemuNic> nics() {
        Map<Integer, QemuNic> out = new TreeMap<>();
        indexed("net").forEach((i, v) -> out.put(i, QemuNic.parse(v)));
        return out;
    }

    public Map<Integer, IpConfig> ipConfigs() {
        Map<Integer, IpConfig> out = new TreeMap<>();
        indexed("ipconfig").forEach((i, v) -> out.put(i, IpConfig.parse(v)));
        return out;
    }

    private Map<Integer, String> indexed(String prefix) {
        Map<Integer, String> out = new TreeMap<>();
        values.forEach((k, v) -> {
            Matcher m = INDEXED.matcher(k);
            if (m.matches() && m.group(1).equals(prefix)) {
                out.put(Integer.parseInt(m.group(2)), v);
            }
        });
        return out;
    }
}
