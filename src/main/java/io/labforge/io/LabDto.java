package io.labforge.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** The lab file's top level, key for key; {@code layout} is last so that topology diffs stay clean. */
@JsonPropertyOrder({"schemaVersion", "name", "description", "target", "networks", "nodes", "groups", "layout"})
record LabDto(
        Integer schemaVersion,
        String name,
        String description,
        TargetDto target,
        List<NetworkDto> networks,
        List<NodeDto> nodes,
        List<GroupDto> groups,
        LayoutDto layout) implements Element {
}
