package io.labforge.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@code dhcp:} of a network: the pool's first and last address. */
@JsonPropertyOrder({"start", "end"})
record DhcpDto(String start, String end) implements Element {
}
