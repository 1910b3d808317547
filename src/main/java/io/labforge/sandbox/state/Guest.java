package io.labforge.sandbox.state;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A simulated VM or container. Mutable; every access happens under the {@link SimState} lock, except
 * {@link #fileLock()} which has its own monitor.
 */
public final class Guest {

    private final GuestType type;
    private final int vmid;
    private String node;
    private final Map<String, String> config = new LinkedHashMap<>();
    private final Map<String, String> pending = new LinkedHashMap<>();
    private final Set<String> pendingDelete = new LinkedHashSet<>();
    private final FileLock fileLock;
    private boolean running;
    private Instant startedAt;
    private Instant agentReadyAt;
    private boolean agentSoftware;
    private boolean booted;
    private String pool;

    public Guest(GuestType type, int vmid, String node) {
        this.type = type;
        this.vmid = vmid;
        this.node = node;
        this.fileLock = new FileLock("/var/lock/" + type.configDir() + "/lock-" + vmid + ".conf");
    }

    public GuestType type() {
        return type;
    }

    public int vmid() {
        return vmid;
    }

    public String node() {
        return node;
    }

    public void node(String newNode) {
        this.node = newNode;
    }

    /** Current (running) configuration. */
    public Map<String, String> config() {
        return config;
    }

    /** Changes waiting for the next full stop/start or reboot. */
    public Map<String, String> pending() {
        return pending;
    }

    public Set<String> pendingDelete() {
        return pendingDelete;
    }

    /** The configuration as {@code GET .../config} shows it: pending changes applied. */
    public Map<String, String> effectiveConfig() {
        Map<String, String> view = new LinkedHashMap<>(config);
        view.putAll(pending);
        pendingDelete.forEach(view::remove);
        return view;
    }

    /** Makes pending changes current (full stop/start, reboot). */
    public void applyPending() {
        config.putAll(pending);
        pendingDelete.forEach(config::remove);
        pending.clear();
        pendingDelete.clear();
    }

    public FileLock fileLock() {
        return fileLock;
    }

    /** The {@code lock} property of the config (clone, create, ...), or null. */
    public String lock() {
        return config.get("lock");
    }

    public void lock(String reason) {
        if (reason == null) {
            config.remove("lock");
        } else {
            config.put("lock", reason);
        }
    }

    public String name() {
        return config.getOrDefault(type == GuestType.QEMU ? "name" : "hostname", "");
    }

    public boolean template() {
        return "1".equals(config.get("template"));
    }

    public boolean running() {
        return running;
    }

    public void start(Instant now, Instant agentReady) {
        running = true;
        startedAt = now;
        agentReadyAt = agentReady;
        booted = true;
    }

    public void stop() {
        running = false;
        startedAt = null;
        agentReadyAt = null;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public Instant agentReadyAt() {
        return agentReadyAt;
    }

    /** Whether the guest OS has qemu-guest-agent installed (cloud-init templates do; ISO installs do not). */
    public boolean agentSoftware() {
        return agentSoftware;
    }

    public void agentSoftware(boolean installed) {
        this.agentSoftware = installed;
    }

    /** True once the guest was ever started (first boot runs cloud-init and, by default, a package upgrade). */
    public boolean booted() {
        return booted;
    }

    public String pool() {
        return pool;
    }

    public void pool(String poolid) {
        this.pool = poolid;
    }

    public String acl() {
        return "/vms/" + vmid;
    }

    public String lockedMessage() {
        return type.label() + " " + vmid + " is locked (" + lock() + ")";
    }
}
