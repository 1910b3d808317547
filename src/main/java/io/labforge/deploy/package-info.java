/** Plan, apply, journal and destroy a lab on Proxmox; talks to Proxmox and SSH through interfaces. */
package io.labforge.deploy;
