/**
 * Binds the deploy ports to the Proxmox client ({@link io.labforge.deploy.adapter.ProxmoxCluster}); the
 * sandbox is reached through the same client over HTTP. The only part of {@code deploy} that knows the
 * client.
 */
/** Binds the deploy engine's ports to the real Proxmox client and SSH; the only part of deploy that may import them. */
package io.labforge.deploy.adapter;
