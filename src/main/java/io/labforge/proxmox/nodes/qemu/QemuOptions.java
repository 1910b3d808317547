package io.labforge.proxmox.nodes.qemu;

import io.labforge.proxmox.Secret;
import io.labforge.proxmox.api.FormEncoder;
import io.labforge.proxmox.api.Params;
import io.labforge.proxmox.property.DiskSpec;
import io.labforge.proxmox.property.IpConfig;
import io.labforge.proxmox.property.QemuNic;

import java.util.List;

/**
 * Typed VM options for create and config updates, encoded as PVE wants them (booleans 1/0, property
 * strings, {@code sshkeys} pre-encoded). Each method returns a new value; unset options are not sent.
 */
public final class QemuOptions {

    private final Params params;

    private QemuOptions(Params params) {
        this.params = params;
    }

    public static QemuOptions create() {
        return new QemuOptions(Params.create());
    }

    private QemuOptions with(java.util.function.Consumer<Params> change) {
        Params copy = Params.create().putAll(params);
        change.accept(copy);
        return new QemuOptions(copy);
    }

    public QemuOptions name(String name) {
        return with(p -> p.put("name", name));
    }

    public QemuOptions description(String text) {
        return with(p -> p.put("description", text));
    }

    /** Tags such as {@code lab-acme}; lower-case letters, digits, {@code _-+.}. */
    public QemuOptions tags(List<String> tags) {
        return with(p -> p.put("tags", String.join(";", tags)));
    }

    public QemuOptions memoryMiB(int mib) {
        return with(p -> p.put("memory", Integer.toString(mib)));
    }

    public QemuOptions cores(int n) {
        return with(p -> p.put("cores", n));
    }

    public QemuOptions sockets(int n) {
        return with(p -> p.put("sockets", n));
    }

    public QemuOptions cpu(String type) {
        return with(p -> p.put("cpu", type));
    }

    /** {@code l26}, {@code win11}, {@code other} (FreeBSD, pfSense) ... */
    public QemuOptions ostype(String type) {
        return with(p -> p.put("ostype", type));
    }

    public QemuOptions scsihw(String controller) {
        return with(p -> p.put("scsihw", controller));
    }

    public QemuOptions agent(boolean enabled) {
        return with(p -> p.put("agent", enabled ? "enabled=1" : "enabled=0"));
    }

    public QemuOptions onboot(boolean on) {
        return with(p -> p.put("onboot", on));
    }

    /** Boot order, e.g. {@code List.of("scsi0", "net0")}. */
    public QemuOptions bootOrder(List<String> devices) {
        return with(p -> p.put("boot", "order=" + String.join(";", devices)));
    }

    public QemuOptions net(int index, QemuNic nic) {
        return with(p -> p.put("net" + index, nic.format()));
    }

    /** A disk slot such as {@code scsi0}, {@code virtio1}, {@code ide2}. */
    public QemuOptions disk(String slot, DiskSpec disk) {
        return with(p -> p.put(slot, disk.format()));
    }

    public QemuOptions ipConfig(int index, IpConfig config) {
        return with(p -> p.put("ipconfig" + index, config.format()));
    }

    public QemuOptions ciUser(String user) {
        return with(p -> p.put("ciuser", user));
    }

    public QemuOptions ciPassword(Secret password) {
        return with(p -> p.putSecret("cipassword", password));
    }

    /** Set {@code false} for fast lab boots (the default 1 upgrades every package on first boot). */
    public QemuOptions ciUpgrade(boolean upgrade) {
        return with(p -> p.put("ciupgrade", upgrade));
    }

    /** Public keys; encoded once here as the {@code urlencoded} format demands, and again by the form body. */
    public QemuOptions sshKeys(List<String> publicKeys) {
        return with(p -> p.put("sshkeys", FormEncoder.sshKeysValue(publicKeys)));
    }

    public QemuOptions nameserver(String servers) {
        return with(p -> p.put("nameserver", servers));
    }

    /** Custom cloud-init files, e.g. {@code user=local:snippets/user-data.yaml}. */
    public QemuOptions cicustom(String value) {
        return with(p -> p.put("cicustom", value));
    }

    public QemuOptions searchdomain(String domain) {
        return with(p -> p.put("searchdomain", domain));
    }

    /** Options to remove, e.g. {@code ide2}, {@code net3}. */
    public QemuOptions delete(List<String> keys) {
        return with(p -> p.put("delete", String.join(",", keys)));
    }

    /** Only apply if the config still has this digest (optimistic locking). */
    public QemuOptions digest(String digest) {
        return with(p -> p.put("digest", digest));
    }

    /** Any other option by its API name, for what has no typed method yet. */
    public QemuOptions set(String key, String value) {
        return with(p -> p.put(key, value));
    }

    public Params toParams() {
        return Params.create().putAll(params);
    }

    @Override
    public String toString() {
        return params.toString();
    }
}
