package io.labforge.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/** One entry of {@code groups:}. */
@JsonPropertyOrder({"id", "name", "members"})
record GroupDto(Ref id, String name, List<Ref> members) implements Element {
}
