package io.labforge.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One element of the lab: a guest on Proxmox, or a documentation-only element such as the
 * Internet. What it becomes is decided by its kind (see {@code io.labforge.kind.NodeKinds}).
 *
 * @param id          unique id; the guest's hostname unless {@code hostname} is set
 * @param kind        node kind id, e.g. {@code firewall}, {@code k8s-worker}
 * @param flavor      variant of the kind, e.g. {@code pfsense}; {@code null}: the kind's default
 * @param hostname    RFC 1123 hostname; {@code null}: the id
 * @param template    cloud-init template (name or VMID) to clone; {@code null}: the kind's default
 * @param iso         ISO volume to install from (e.g. {@code local:iso/pfSense-2.7.2.iso})
 * @param resources   sizing; unset fields take the kind's defaults
 * @param nics        network interfaces, in guest order ({@code net0}, {@code net1}, ...)
 * @param vmid        pinned Proxmox VMID; {@code null}: allocated at deploy
 * @param proxmoxNode pinned Proxmox node; {@code null}: the target's node or placement by capacity
 * @param role        role settings, shape defined per kind (e.g. load-balancer frontends)
 * @param tags        free tags, also set on the guest
 * @param description free text
 */
public record Node(
        String id,
        String kind,
        String flavor,
        String hostname,
        String template,
        String iso,
        Resources resources,
        List<Nic> nics,
        Integer vmid,
        String proxmoxNode,
        Map<String, Object> role,
        List<String> tags,
        String description) {

    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        resources = resources == null ? Resources.UNSET : resources;
        nics = List.copyOf(nics == null ? List.of() : nics);
        role = Maps.deepCopy(role);
        tags = List.copyOf(tags == null ? List.of() : tags);
    }

    public static Node of(String id, String kind, Nic... nics) {
        return new Node(id, kind, null, null, null, null, Resources.UNSET, List.of(nics), null, null, Map.of(), List.of(), null);
    }

    public String effectiveHostname() {
        return hostname == null || hostname.isBlank() ? id : hostname;
    }

    public Node withId(String v) {
        return new Node(v, kind, flavor, hostname, template, iso, resources, nics, vmid, proxmoxNode, role, tags, description);
    }

    public Node withKind(String v) {
        return new Node(id, v, flavor, hostname, template, iso, resources, nics, vmid, proxmoxNode, role, tags, description);
    }

    public Node withFlavor(String v) {
        return new Node(id, kind, v, hostname, template, iso, resources, nics, vmid, proxmoxNode, role, tags, description);
    }

    public Node withHostname(String v) {
        return new Node(id, kind, flavor, v, template, iso, resources, nics, vmid, proxmoxNode, role, tags, description);
    }

    public Node withTemplate(String v) {
        return new Node(id, kind, flavor, hostname, v, iso, resources, nics, vmid, proxmoxNode, role, tags, description);
    }

    public Node withIso(String v) {
        return new Node(id, kind, flavor, hostname, template, v, resources, nics, vmid, proxmoxNode, role, tags, description);
    }

    public Node withResources(Resources v) {
        return new Node(id, kind, flavor, hostname, template, iso, v, nics, vmid, proxmoxNode, role, tags, description);
    }

    public Node withNics(List<Nic> v) {
        return new Node(id, kind, flavor, hostname, template, iso, resources, v, vmid, proxmoxNode, role, tags, description);
    }

    public Node withVmid(Integer v) {
        return new Node(id, kind, flavor, hostname, template, iso, resources, nics, v, proxmoxNode, role, tags, description);
    }

    public Node withProxmoxNode(String v) {
        return new Node(id, kind, flavor, hostname, template, iso, resources, nics, vmid, v, role, tags, description);
    }

    public Node withRole(Map<String, Object> v) {
        return new Node(id, kind, flavor, hostname, template, iso, resources, nics, vmid, proxmoxNode, v, tags, description);
    }

    public Node withTags(List<String> v) {
        return new Node(id, kind, flavor, hostname, template, iso, resources, nics, vmid, proxmoxNode, role, v, description);
    }

    public Node withDescription(String v) {
        return new Node(id, kind, flavor, hostname, template, iso, resources, nics, vmid, proxmoxNode, role, tags, v);
    }
}
