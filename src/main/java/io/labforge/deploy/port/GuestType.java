package io.labforge.deploy.port;

/** QEMU virtual machine or LXC container. */
public enum GuestType {
    QEMU, LXC
}
