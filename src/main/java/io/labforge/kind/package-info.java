/**
 * Node kinds: what each element of a lab becomes on Proxmox, its defaults, and where it may
 * connect. {@link io.labforge.kind.NodeKinds} is the one registry; adding a kind is one class,
 * one line in {@link io.labforge.kind.NodeKinds#builtin()} and an icon.
 */
package io.labforge.kind;
