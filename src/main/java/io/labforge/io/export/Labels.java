package io.labforge.io.export;

import io.labforge.io.diagram.DiagramPalette;
import io.labforge.model.Network;
import io.labforge.model.Nic;
import io.labforge.model.Node;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/** Texts and colours the graph exports share. */
final class Labels {

    private Labels() {
    }

    static String network(Network n) {
        StringBuilder s = new StringBuilder(n.displayName());
        List<String> facts = new ArrayList<>();
        if (n.cidr() != null) {
            facts.add(n.cidr());
        }
        if (n.vlan() != null) {
            facts.add("VLAN " + n.vlan());
        }
        if (n.bridge() != null) {
            facts.add(n.bridge());
        }
        if (!facts.isEmpty()) {
            s.append('\n').append(String.join(" · ", facts));
        }
        return s.toString();
    }

    /** Name, kind and the node's addresses, one per line. */
    static String node(Node n) {
        StringBuilder s = new StringBuilder(n.id()).append("\n(").append(n.kind()).append(')');
        for (Nic nic : n.nics()) {
            s.append('\n').append(nic.isDhcp() ? "dhcp" : nic.ip()).append(" @ ").append(nic.network());
        }
        return s.toString();
    }

    static String zoneColour(Network n) {
        Color c = DiagramPalette.zone(n.kind());
        return String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
    }
}
