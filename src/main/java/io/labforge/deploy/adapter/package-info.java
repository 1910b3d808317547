/**
 * Binds the deploy engine's ports to the real Proxmox client ({@link io.labforge.deploy.adapter.ProxmoxCluster})
 * and to SSH; the only part of {@code deploy} that may import them. The sandbox is reached through the
 * same client over HTTPS.
 */
package io.labforge.deploy.adapter;
