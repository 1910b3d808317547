package io.labforge.deploy.port;

import java.util.Objects;

/** Where a guest lives: enough to address every call about it. */
public record GuestRef(String node, int vmid, GuestType type) {

    public GuestRef {
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(type, "type");
    }

    @Override
    public String toString() {
        return (type == GuestType.QEMU ? "VM " : "CT ") + vmid + " on " + node;
    }
}
