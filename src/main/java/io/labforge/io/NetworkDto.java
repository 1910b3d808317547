package io.labforge.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One entry of {@code networks:}. */
@JsonPropertyOrder({"id", "kind", "name", "bridge", "cidr", "gateway", "vlan", "dhcp", "description"})
record NetworkDto(
        Ref id,
        Ref kind,
        String name,
        String bridge,
        String cidr,
        String gateway,
        @Bounded(min = 1, max = 4094) Integer vlan,
        DhcpDto dhcp,
        String description) implements Element {
}
