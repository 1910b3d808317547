package io.labforge.sandbox.state;

/** QEMU VM or LXC container, with the names PVE uses for each in paths, config dirs and task types. */
public enum GuestType {
    QEMU("qemu", "qemu-server", "VM", "qm"),
    LXC("lxc", "lxc", "CT", "vz");

    private final String path;
    private final String configDir;
    private final String label;
    private final String taskPrefix;

    GuestType(String path, String configDir, String label, String taskPrefix) {
        this.path = path;
        this.configDir = configDir;
        this.label = label;
        this.taskPrefix = taskPrefix;
    }

    /** URL segment and cluster-resources type: {@code qemu} or {@code lxc}. */
    public String path() {
        return path;
    }

    /** Directory under /etc/pve/nodes/NODE: {@code qemu-server} or {@code lxc}. */
    public String configDir() {
        return configDir;
    }

    /** "VM" or "CT", as in "VM 105 is locked (clone)". */
    public String label() {
        return label;
    }

    /** Task type for an action: {@code qm} + start → qmstart, {@code vz} + start → vzstart. */
    public String task(String action) {
        return taskPrefix + action;
    }
}
