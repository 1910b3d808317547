package io.labforge.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** One entry of a node's {@code nics:}. */
@JsonPropertyOrder({"network", "ip", "mac", "firewall"})
record NicDto(Ref network, String ip, String mac, Boolean firewall) implements Element {
}
