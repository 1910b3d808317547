package io.labforge.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** One entry of {@code nodes:}; {@code node} is the pinned Proxmox node (the model's {@code proxmoxNode}). */
@JsonPropertyOrder({"id", "kind", "flavor", "hostname", "template", "iso", "resources", "nics", "vmid", "node",
        "role", "tags", "description"})
record NodeDto(
        Ref id,
        Ref kind,
        Ref flavor,
        String hostname,
        String template,
        String iso,
        ResourcesDto resources,
        List<NicDto> nics,
        @Bounded(min = 100, max = 999_999_999) Integer vmid,
        String node,
        RoleDto role,
        List<String> tags,
        String description) implements Element {
}
