package io.labforge.kind;

/** What a node becomes on Proxmox. */
public enum Realization {
    /** QEMU VM cloned from a cloud-init template. */
    VM_FROM_TEMPLATE,
    /** QEMU VM created empty and installed from an ISO. */
    VM_FROM_ISO,
    /** LXC container from a container template. */
    LXC,
    /** Documentation only: drawn and validated, never deployed. */
    NONE;

    public boolean isGuest() {
        return this != NONE;
    }

    public boolean isVm() {
        return this == VM_FROM_TEMPLATE || this == VM_FROM_ISO;
    }
}
