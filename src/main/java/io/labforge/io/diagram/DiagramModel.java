package io.labforge.io.diagram;

import io.labforge.model.NetworkKind;

import java.awt.Color;
import java.util.List;

/**
 * What a diagram shows, already placed: renderers only draw it, in the order groups, links,
 * zones, cards. Coordinates are diagram units (pixels at 1x) with the origin at the top-left
 * corner of the picture.
 */
public record DiagramModel(
        double width,
        double height,
        Title title,
        List<GroupBox> groups,
        List<Link> links,
        List<Zone> zones,
        List<Card> cards) {

    public DiagramModel {
        groups = List.copyOf(groups);
        links = List.copyOf(links);
        zones = List.copyOf(zones);
        cards = List.copyOf(cards);
    }

    /** Lab name and description at the top-left; {@code subtitle} may be {@code null}. */
    public record Title(String text, String subtitle, double x, double y) {
    }

    /** A network drawn as a coloured bar with its name and addressing. */
    public record Zone(String id, String label, String detail, NetworkKind kind, Color color, Rect bounds) {
    }

    /** A node drawn as a rounded card: icon tile, name, kind, one line per NIC. */
    public record Card(String id, String name, String kindLabel, String icon, Color accent, Rect bounds,
                       List<Address> addresses) {
        public Card {
            addresses = List.copyOf(addresses);
        }
    }

    /** One NIC line on a card: a dot in the network's colour, the address, then the network's id. */
    public record Address(String text, String network, Color color) {
    }

    /** A NIC: a line from the node's card to its network's bar. */
    public record Link(String nodeId, String networkId, Color color, double x1, double y1, double x2, double y2) {
    }

    /** A group of nodes drawn as a dashed box with its name. */
    public record GroupBox(String id, String label, Rect bounds) {
    }
}
