package io.labforge.io.diagram;

import io.labforge.kind.Category;
import io.labforge.kind.NodeKind;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Group;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.model.Position;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Works out what to draw for a lab. A position in the lab's layout is the top-left corner of the
 * node's card or of the network's bar; a bar then stretches to reach every card that joins it.
 * Elements without a position are placed by {@link FallbackPlacement}.
 */
public final class DiagramLayout {

    private final NodeKinds kinds;

    public DiagramLayout(NodeKinds kinds) {
        this.kinds = kinds;
    }

    public static DiagramModel of(Lab lab) {
        return new DiagramLayout(NodeKinds.builtin()).layout(lab);
    }

    public DiagramModel layout(Lab lab) {
        List<Network> networks = ordered(lab.networks());
        Map<String, Position> at = FallbackPlacement.complete(lab, networks, n -> Metrics.cardHeight(n.nics().size()));

        Map<String, DiagramModel.Card> cards = new LinkedHashMap<>();
        for (Node node : lab.nodes()) {
            cards.put(node.id(), card(node, lab, at.get(node.id())));
        }
        Map<String, DiagramModel.Zone> zones = new LinkedHashMap<>();
        for (Network net : networks) {
            zones.put(net.id(), zone(net, at.get(net.id()), lab, cards));
        }
        List<DiagramModel.Link> links = new ArrayList<>();
        for (Node node : lab.nodes()) {
            links.addAll(NicLinks.of(node, cards.get(node.id()), zones));
        }
        List<DiagramModel.GroupBox> groups = new ArrayList<>();
        for (Group g : lab.groups()) {
            groupBox(g, cards).ifPresent(groups::add);
        }
        return Framing.frame(lab, groups, links, new ArrayList<>(zones.values()), new ArrayList<>(cards.values()));
    }

    /** WAN first (it is drawn on top), then the file's order. */
    private static List<Network> ordered(List<Network> networks) {
        return networks.stream().sorted(Comparator.comparing(n -> n.kind() == NetworkKind.WAN ? 0 : 1)).toList();
    }

    private DiagramModel.Card card(Node node, Lab lab, Position p) {
        Optional<NodeKind> kind = kinds.find(node.kind());
        double textW = Metrics.CARD_W - Metrics.TEXT_X - Metrics.CARD_PAD;
        String kindLabel = kind.map(k -> kindLabel(k, node, textW)).orElse("unknown kind: " + node.kind());
        Category category = kind.map(NodeKind::category).orElse(null);
        List<DiagramModel.Address> addresses = new ArrayList<>();
        for (Nic nic : node.nics()) {
            Color color = lab.network(nic.network()).map(n -> DiagramPalette.zone(n.kind())).orElse(DiagramPalette.TEXT_MUTED);
            String ip = nic.isDhcp() ? "DHCP" : nic.ip();
            double room = Metrics.CARD_W - Metrics.ADDRESS_TEXT_X - Metrics.CARD_PAD - TextStyle.ADDRESS.width(ip) - Metrics.ADDRESS_GAP;
            addresses.add(new DiagramModel.Address(ip, TextStyle.KIND.fit(nic.network(), room), color));
        }
        Rect bounds = new Rect(p.x(), p.y(), Metrics.CARD_W, Metrics.cardHeight(addresses.size()));
        return new DiagramModel.Card(node.id(), TextStyle.NAME.fit(node.id(), textW), TextStyle.KIND.fit(kindLabel, textW),
                kind.map(NodeKind::icon).orElse(IconPaths.FALLBACK), DiagramPalette.category(category), bounds, addresses);
    }

    /**
     * "Firewall / router · pfSense CE" when it fits; else the flavor alone if the node chose one
     * (the icon already tells the kind), else the kind alone.
     */
    private static String kindLabel(NodeKind kind, Node node, double width) {
        if (kind.flavors().size() < 2) {
            return kind.label();
        }
        String flavor = kind.flavorOf(node).label();
        String both = kind.label() + " · " + flavor;
        if (TextStyle.KIND.width(both) <= width) {
            return both;
        }
        return node.flavor() != null ? flavor : kind.label();
    }

    private static DiagramModel.Zone zone(Network net, Position p, Lab lab, Map<String, DiagramModel.Card> cards) {
        String detail = detail(net);
        double textW = Metrics.ZONE_PAD * 2 + TextStyle.ZONE.width(net.displayName()) + 12 + TextStyle.ZONE_DETAIL.width(detail);
        double left = p.x();
        double right = p.x() + textW;
        for (Node node : lab.nodes()) {
            if (node.nics().stream().anyMatch(nic -> nic.network().equals(net.id()))) {
                Rect c = cards.get(node.id()).bounds();
                left = Math.min(left, c.x() - Metrics.ZONE_OVERHANG);
                right = Math.max(right, c.right() + Metrics.ZONE_OVERHANG);
            }
        }
        return new DiagramModel.Zone(net.id(), net.displayName(), detail, net.kind(), DiagramPalette.zone(net.kind()),
                new Rect(left, p.y(), right - left, Metrics.ZONE_H));
    }

    /** e.g. {@code Kubernetes · 10.10.20.0/24 · VLAN 20 · vmbr1}. */
    static String detail(Network net) {
        List<String> parts = new ArrayList<>();
        parts.add(net.kind().label());
        if (net.cidr() != null) {
            parts.add(net.cidr());
        }
        if (net.vlan() != null) {
            parts.add("VLAN " + net.vlan());
        }
        if (net.bridge() != null) {
            parts.add(net.bridge());
        }
        return String.join(" · ", parts);
    }

    private static Optional<DiagramModel.GroupBox> groupBox(Group g, Map<String, DiagramModel.Card> cards) {
        Rect box = null;
        for (String member : g.members()) {
            DiagramModel.Card c = cards.get(member);
            if (c != null) {
                box = box == null ? c.bounds() : box.union(c.bounds());
            }
        }
        if (box == null) {
            return Optional.empty();
        }
        Rect grown = box.grow(Metrics.GROUP_PAD, Metrics.GROUP_PAD);
        Rect withLabel = new Rect(grown.x(), grown.y() - Metrics.GROUP_LABEL, grown.w(), grown.h() + Metrics.GROUP_LABEL);
        String name = g.name() == null || g.name().isBlank() ? g.id() : g.name();
        return Optional.of(new DiagramModel.GroupBox(g.id(), TextStyle.GROUP.fit(name, withLabel.w() - 20), withLabel));
    }
}
