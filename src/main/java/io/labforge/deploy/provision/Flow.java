package io.labforge.deploy.provision;

import java.util.List;
import java.util.Set;

/**
 * Traffic the lab needs, from the zone policy's point of view.
 *
 * @param from  source
 * @param to    destination
 * @param proto {@code tcp}, {@code udp}, or {@code any} (all protocols, no ports)
 * @param ports ports or ranges ({@code 49152-65535}); empty with {@code any}
 * @param why   short reason, shown as the rule's comment
 */
public record Flow(Endpoint from, Endpoint to, String proto, List<String> ports, String why) {

    public Flow {
        ports = List.copyOf(ports);
    }

    /** Whether the traffic has to cross a router: the two ends share no network. */
    public boolean isRouted() {
        return from.networks().stream().noneMatch(to.networks()::contains);
    }

    /**
     * One end of a flow.
     *
     * @param label     node or network id, for comments
     * @param addresses IPv4 addresses and CIDRs
     * @param networks  ids of the networks the end sits on
     */
    public record Endpoint(String label, List<String> addresses, Set<String> networks) {

        public Endpoint {
            addresses = List.copyOf(addresses);
            networks = Set.copyOf(networks);
        }
    }
}
