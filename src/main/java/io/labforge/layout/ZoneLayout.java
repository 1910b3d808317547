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
 * bar, the edge devices (firewalls, routers, load balancers), the internal networks' bars stacked
 * in zone order like one bus, then the hosts in rows, grouped by their first network in the same
 * order; nodes without a NIC last. Each host's line runs straight up to its bar.
 * Positions are top-left corners, the convention of the lab file's layout section.
 */
public final class ZoneLayout {

    /** Between stacked internal bars: they read as one bus. */
    private static final double BAR_GAP = 14;

    private final NodeKinds kinds;
    private final Sizes sizes;

    public ZoneLayout(NodeKinds kinds, Sizes sizes) {
        this.kinds = kinds;
        this.sizes = sizes;
    }

    /** Card and bar sizes of the canvas, in canvas units. */
    public record Sizes(double cardWidth, double gapX, double gapY, double barHeight, int perRow) {
        public static final Sizes DEFAULT = new Sizes(208, 36, 44, 30, 5);

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
        double y = rows(aboveWan, 0, 0, out, sizes.perRow());
        for (Network wan : order) {
            if (wan.kind() == NetworkKind.WAN) {
                y = bar(wan, y, out, sizes.gapY());
            }
        }
        y = rows(edge, 0, y, out, sizes.perRow());
        for (Network net : order) {
            if (net.kind() != NetworkKind.WAN) {
                y = bar(net, y, out, BAR_GAP);
            }
        }
        y += sizes.gapY() - BAR_GAP;
        // Each network's hosts stay together: a group that does not fit the rest of a row starts a
        // new one, and one that fills a row or more ends its last row (a cluster box then holds only
        // its own members).
        List<List<Node>> blocks = new ArrayList<>();
        for (Network net : order) {
            if (!hosts.get(net.id()).isEmpty()) {
                blocks.add(hosts.get(net.id()));
            }
        }
        if (!loose.isEmpty()) {
            blocks.add(loose);
        }
        int column = 0;
        double tallest = 0;
        for (List<Node> block : blocks) {
            if (column > 0 && (column + block.size() > sizes.perRow())) {
                y += tallest + sizes.gapY();
                column = 0;
                tallest = 0;
            }
            for (Node n : block) {
                if (column == sizes.perRow()) {
                    y += tallest + sizes.gapY();
                    column = 0;
                    tallest = 0;
                }
                out.put(n.id(), new Position(column * (sizes.cardWidth() + sizes.gapX()), y));
                tallest = Math.max(tallest, sizes.cardHeight(n));
                column++;
            }
            if (block.size() >= sizes.perRow()) {
                column = sizes.perRow();
            }
        }
        return out;
    }

    private double bar(Network net, double y, Map<String, Position> out, double gap) {
        out.put(net.id(), new Position(-24, y));
        return y + sizes.barHeight() + gap;
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
