package io.labforge.io.diagram;

import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.model.Position;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Positions for the elements a lab's layout leaves out. A lab with no layout at all gets a layered
 * arrangement: network bars top to bottom (WAN first), each node in the row just below the first
 * network it joins (nodes only on the first network sit above it, like the Internet above WAN),
 * nodes without a NIC last. In a lab that is partly laid out, the missing networks are stacked
 * and the missing nodes put in rows below what is already placed.
 */
final class FallbackPlacement {

    private static final int ROW_MAX = 6;

    private FallbackPlacement() {
    }

    /** The lab's layout plus a position for every node and network it lacks. */
    static Map<String, Position> complete(Lab lab, List<Network> ordered, ToDoubleFunction<Node> cardHeight) {
        Map<String, Position> layout = lab.layout();
        boolean nothingPlaced = lab.nodes().stream().noneMatch(n -> layout.containsKey(n.id()))
                && ordered.stream().noneMatch(n -> layout.containsKey(n.id()));
        if (nothingPlaced) {
            return layered(lab, ordered, cardHeight);
        }
        boolean complete = lab.nodes().stream().allMatch(n -> layout.containsKey(n.id()))
                && ordered.stream().allMatch(n -> layout.containsKey(n.id()));
        return complete ? layout : appendBelow(lab, ordered, cardHeight);
    }

    private static Map<String, Position> layered(Lab lab, List<Network> ordered, ToDoubleFunction<Node> cardHeight) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            index.put(ordered.get(i).id(), i);
        }
        int n = ordered.size();
        List<List<Node>> rows = new ArrayList<>();
        for (int i = 0; i <= n + 1; i++) {
            rows.add(new ArrayList<>());
        }
        for (Node node : lab.nodes()) {
            rows.get(row(node, index, n)).add(node);
        }
        double widest = rows.stream().mapToDouble(FallbackPlacement::rowWidth).max().orElse(0);
        Map<String, Position> out = new LinkedHashMap<>();
        List<Trunk> trunks = new ArrayList<>();
        double y = 0;
        for (int i = 0; i <= n + 1; i++) {
            List<Node> row = rows.get(i);
            if (!row.isEmpty()) {
                int r = i;
                List<Trunk> blocking = trunks.stream().filter(t -> t.lastRow >= r).toList();
                double[] xs = columns(row.size(), widest, blocking);
                double tallest = 0;
                for (int k = 0; k < row.size(); k++) {
                    Node node = row.get(k);
                    out.put(node.id(), new Position(xs[k], y));
                    tallest = Math.max(tallest, cardHeight.applyAsDouble(node));
                    int deepest = deepestNetwork(node, index);
                    if (deepest > i) {
                        trunks.add(new Trunk(xs[k], deepest));
                    }
                }
                y += tallest + Metrics.GAP_Y;
            }
            if (i < n) {
                out.put(ordered.get(i).id(), new Position(-Metrics.ZONE_OVERHANG, y));
                y += Metrics.ZONE_H + Metrics.GAP_Y;
            }
        }
        return out;
    }

    /**
     * The lines of a node to bars further down run straight through the rows between, so those rows
     * keep that node's column free: the lines then cross no card.
     */
    private record Trunk(double x, int lastRow) {
        boolean blocks(double cardX) {
            return cardX < x + Metrics.CARD_W + Metrics.GAP_X && cardX + Metrics.CARD_W + Metrics.GAP_X > x;
        }
    }

    /** Left edges of a row of cards: centred on {@code widest}, stepping over blocked columns. */
    private static double[] columns(int count, double widest, List<Trunk> blocking) {
        double start = (widest - rowWidth(count)) / 2;
        double[] xs = new double[count];
        for (int attempt = 0; attempt < 3; attempt++) {
            double x = start;
            for (int k = 0; k < count; k++) {
                for (Trunk t : blocking) {
                    if (t.blocks(x)) {
                        x = t.x() + Metrics.CARD_W + Metrics.GAP_X;
                    }
                }
                xs[k] = x;
                x += Metrics.CARD_W + Metrics.GAP_X;
            }
            double overshoot = xs[count - 1] + Metrics.CARD_W - widest;
            if (overshoot <= 1 || start <= 0) {
                break;
            }
            start = Math.max(0, start - overshoot / 2);
        }
        return xs;
    }

    private static int deepestNetwork(Node node, Map<String, Integer> index) {
        return node.nics().stream().map(nic -> index.get(nic.network())).filter(java.util.Objects::nonNull)
                .mapToInt(Integer::intValue).max().orElse(-1);
    }

    /** Row 0 is above the first bar, row i+1 below bar i, the last row holds the unconnected nodes. */
    private static int row(Node node, Map<String, Integer> index, int networks) {
        int min = Integer.MAX_VALUE;
        int max = -1;
        for (Nic nic : node.nics()) {
            Integer i = index.get(nic.network());
            if (i != null) {
                min = Math.min(min, i);
                max = Math.max(max, i);
            }
        }
        if (max < 0) {
            return networks + 1;
        }
        return max == 0 ? 0 : min + 1;
    }

    private static double rowWidth(List<Node> row) {
        return rowWidth(row.size());
    }

    private static double rowWidth(int count) {
        return count == 0 ? 0 : count * Metrics.CARD_W + (count - 1) * Metrics.GAP_X;
    }

    private static Map<String, Position> appendBelow(Lab lab, List<Network> ordered, ToDoubleFunction<Node> cardHeight) {
        Map<String, Position> out = new LinkedHashMap<>(lab.layout());
        double minX = Double.MAX_VALUE;
        double bottom = 0;
        for (Node node : lab.nodes()) {
            Position p = out.get(node.id());
            if (p != null) {
                minX = Math.min(minX, p.x());
                bottom = Math.max(bottom, p.y() + cardHeight.applyAsDouble(node));
            }
        }
        for (Network net : ordered) {
            Position p = out.get(net.id());
            if (p != null) {
                minX = Math.min(minX, p.x());
                bottom = Math.max(bottom, p.y() + Metrics.ZONE_H);
            }
        }
        double x0 = minX == Double.MAX_VALUE ? 0 : minX;
        double y = bottom + Metrics.GAP_Y;
        for (Network net : ordered) {
            if (!out.containsKey(net.id())) {
                out.put(net.id(), new Position(x0, y));
                y += Metrics.ZONE_H + Metrics.GAP_Y;
            }
        }
        int column = 0;
        double tallest = 0;
        for (Node node : lab.nodes()) {
            if (out.containsKey(node.id())) {
                continue;
            }
            if (column == ROW_MAX) {
                column = 0;
                y += tallest + Metrics.GAP_Y;
                tallest = 0;
            }
            out.put(node.id(), new Position(x0 + column * (Metrics.CARD_W + Metrics.GAP_X), y));
            tallest = Math.max(tallest, cardHeight.applyAsDouble(node));
            column++;
        }
        return out;
    }
}
