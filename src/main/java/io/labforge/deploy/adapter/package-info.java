/** Binds the deploy engine's ports to the real Proxmox client and SSH; the only part of deploy that may import them. */
package io.labforge.deploy.adapter;
