package io.labforge.deploy.port;

/**
 * A new guest. A clone takes only identity fields (the clone endpoint accepts no hardware options);
 * an ISO VM or a container is created with {@code initial} in the same call.
 *
 * @param ref         where, with the reserved VMID
 * @param name        guest name (hostname)
 * @param source      template, ISO or container template
 * @param storage     target storage for disks, {@code null}: the template's / node default
 * @param pool        resource pool to put the guest in
 * @param description description carrying the Labforge marker
 * @param initial     configuration applied at creation (ISO VM, container); ignored for clones
 */
public record CreateGuest(GuestRef ref, String name, GuestSource source, String storage, String pool,
                          String description, GuestConfig initial) {
}
