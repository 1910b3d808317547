package io.labforge.kind;

import io.labforge.model.Resources;

/**
 * A variant of a kind, e.g. pfSense or nftables for a firewall.
 *
 * @param id          spelling in lab files
 * @param label       display name
 * @param realization what it becomes on Proxmox
 * @param defaults    default cores, memory (MiB) and disk (GiB)
 * @param source      default template name (VM from template, LXC) or ISO volume (VM from ISO); {@code null} for none
 */
public record Flavor(String id, String label, Realization realization, Resources defaults, String source) {
}
