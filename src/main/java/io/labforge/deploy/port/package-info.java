/**
 * What the deploy engine needs from a Proxmox cluster, as interfaces and records: read the state,
 * check a VMID, create, configure, power and delete guests, manage bridges and pools. The engine
 * talks only to these; {@code io.labforge.deploy.adapter} binds them to the real client and the
 * sandbox. Every long call returns after its Proxmox task has finished and streams the task log
 * to a {@link io.labforge.deploy.port.TaskLog}.
 */
package io.labforge.deploy.port;
