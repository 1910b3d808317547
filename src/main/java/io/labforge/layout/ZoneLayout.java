package io.labforge.layout;

import io.labforge.kind.Category;
import io.labforge.kind.NodeKind;
import io.labforge.kind.NodeKinds;
import io.labforge.kind.Trait;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.model.Position;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Auto-layout layered by zone, top to bottom: what sits only on the WAN (the Internet), the WAN
 * bar, the edge devices (firewalls, routers, load balancers), then each internal network's bar in
 * zone order with its hosts in rows below it; nodes without a NIC last. Edge devices keep the left
 * columns to themselves so that their lines down to the bars cross no host card.
 * Positions are top-left corners, the convention of the lab file's layout section.
 */
public final class ZoneLayout {

    private final NodeKinds kinds;
    private final Sizes sizes;

    public ZoneLayout(NodeKinds kinds, Sizes sizes) {
        this.kinds = kinds;
        this.sizes = sizes;
    }

    /** Card and bar sizes of the canvas, in canvas units. */
    public record Sizes(double cardWidth, double gapX, double gapY, double barHeight, int perRow) {
        public static final Sizes DEFAULT = new Sizes(208, 36, 44, 30, 8);

        /** Height of a node's card: room for the name, the kind and one line per NIC. */
        public double cardHeight(Node node) {
            int n = node.nics().size();
            return n == 0 ? 56 : Math.max(56, 58 + 15 * (n - 1) + 10);
        }
    }

    public Map<String, Position> layout(Lab lab) {
        List<Network> order = lab.networks().stream()
                .sorted(Comparator.comparingInt((Network n) -> n.kind().ordinal())).toList();
        List<Node> aboveWan = new ArrayList<>();
        List<Node> edge = new ArrayList<>();
        List<Node> loose = new ArrayList<>();
        Map<String, List<Node>> hosts = new LinkedHashMap<>();
        order.forEach(n -> hosts.put(n.id(), new ArrayList<>()));
        for (Node node : lab.nodes()) {
            Optional<Network> first = firstNetwork(node, order);
            if (first.isEmpty()) {
                loose.add(node);
            } else if (onlyWan(node, lab)) {
                aboveWan.add(node);
            } else if (isEdge(node)) {
                edge.add(node);
            } else {
                hosts.get(first.get().id()).add(node);
            }
        }
        Map<String, Position> out = new LinkedHashMap<>();
        double edgeWidth = edge.isEmpty() ? 0 : Math.min(edge.size(), 2) * (sizes.cardWidth() + sizes.gapX());
        double y = rows(aboveWan, 0, 0, out);
        List<Network> wans = order.stream().filter(n -> n.kind() == NetworkKind.WAN).toList();
        for (Network wan : wans) {
            y = bar(wan, y, out);
        }
        y = rows(edge, 0, y, out, 2);
        for (Network net : order) {
            if (net.kind() != NetworkKind.WAN) {
                y = bar(net, y, out);
                y = rows(hosts.get(net.id()), edgeWidth, y, out);
            }
        }
        for (Network wan : wans) {
            hosts.get(wan.id()).forEach(loose::add);
        }
        rows(loose, edgeWidth, y, out);
        return out;
    }

    private double bar(Network net, double y, Map<String, Position> out) {
        out.put(net.id(), new Position(-24, y));
        return y + sizes.barHeight() + sizes.gapY();
    }

    private double rows(List<Node> nodes, double x0, double y, Map<String, Position> out) {
        return rows(nodes, x0, y, out, sizes.perRow());
    }

    private double rows(List<Node> nodes, double x0, double y, Map<String, Position> out, int perRow) {
        double tallest = 0;
        for (int i = 0; i < nodes.size(); i++) {
            if (i > 0 && i % perRow == 0) {
                y += tallest + sizes.gapY();
                tallest = 0;
            }
            Node n = nodes.get(i);
            out.put(n.id(), new Position(x0 + (i % perRow) * (sizes.cardWidth() + sizes.gapX()), y));
            tallest = Math.max(tallest, sizes.cardHeight(n));
        }
        return nodes.isEmpty() ? y : y + tallest + sizes.gapY();
    }

    private boolean isEdge(Node node) {
        Optional<NodeKind> k = kinds.find(node.kind());
        return k.map(kind -> kind.category() == Category.EDGE || kind.has(Trait.ROUTES)).orElse(false)
                && node.nics().size() > 1;
    }

    private static boolean onlyWan(Node node, Lab lab) {
        return node.nics().stream().allMatch(nic ->
                lab.network(nic.network()).map(n -> n.kind() == NetworkKind.WAN).orElse(false));
    }

    private static Optional<Network> firstNetwork(Node node, List<Network> order) {
        return order.stream().filter(net -> node.nics().stream().map(Nic::network).anyMatch(net.id()::equals)).findFirst();
    }
}
