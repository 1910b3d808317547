package io.labforge.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@code resources:} of a node: cores, memory in MiB, boot disk in GiB. */
@JsonPropertyOrder({"cores", "memory", "disk"})
record ResourcesDto(
        @Bounded(min = 1, max = 512) Integer cores,
        @Bounded(min = 16, max = 8_388_608) Integer memory,
        @Bounded(min = 1, max = 131_072) Integer disk) implements Element {
}
