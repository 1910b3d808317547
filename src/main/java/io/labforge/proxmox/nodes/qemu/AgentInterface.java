package io.labforge.proxmox.nodes.qemu;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** A guest NIC as the QEMU guest agent reports it. */
public record AgentInterface(String name, @JsonProperty("hardware-address") String hardwareAddress,
                             @JsonProperty("ip-addresses") List<Address> ipAddresses) {

    public AgentInterface {
        ipAddresses = ipAddresses == null ? List.of() : List.copyOf(ipAddresses);
    }

    public record Address(@JsonProperty("ip-address") String ipAddress, @JsonProperty("ip-address-type") String type, int prefix) {

        /** Not loopback and not link-local: an address worth showing or connecting to. */
        public boolean isGlobal() {
            return !(ipAddress.startsWith("127.") || ipAddress.equals("::1") || ipAddress.toLowerCase().startsWith("fe80:")
                    || ipAddress.startsWith("169.254."));
        }
    }
}
