package io.labforge.edit;

import io.labforge.model.Position;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Align and distribute: moves computed from the elements' drawn boxes. */
public final class Arrange {

    /** An element's box on the canvas; its position is the top-left corner. */
    public record Box(String id, double x, double y, double w, double h) {
    }

    public enum Align { LEFT, CENTER, RIGHT, TOP, MIDDLE, BOTTOM }

    private Arrange() {
    }

    public static Move align(List<Box> boxes, Align how) {
        double left = boxes.stream().mapToDouble(Box::x).min().orElse(0);
        double right = boxes.stream().mapToDouble(b -> b.x() + b.w()).max().orElse(0);
        double top = boxes.stream().mapToDouble(Box::y).min().orElse(0);
        double bottom = boxes.stream().mapToDouble(b -> b.y() + b.h()).max().orElse(0);
        Map<String, Position> to = new LinkedHashMap<>();
        for (Box b : boxes) {
            double x = switch (how) {
                case LEFT -> left;
                case CENTER -> (left + right) / 2 - b.w() / 2;
                case RIGHT -> right - b.w();
                default -> b.x();
            };
            double y = switch (how) {
                case TOP -> top;
                case MIDDLE -> (top + bottom) / 2 - b.h() / 2;
                case BOTTOM -> bottom - b.h();
                default -> b.y();
            };
            to.put(b.id(), new Position(x, y));
        }
        return Move.of(to);
    }

    /** Equal gaps between the boxes, keeping the outermost two where they are. */
    public static Move distribute(List<Box> boxes, boolean horizontally) {
        List<Box> sorted = boxes.stream()
                .sorted(Comparator.comparingDouble(b -> horizontally ? b.x() : b.y())).toList();
        Map<String, Position> to = new LinkedHashMap<>();
        if (sorted.size() < 3) {
            return Move.of(to);
        }
        double start = horizontally ? sorted.get(0).x() : sorted.get(0).y();
        Box lastBox = sorted.get(sorted.size() - 1);
        double end = horizontally ? lastBox.x() + lastBox.w() : lastBox.y() + lastBox.h();
        double total = sorted.stream().mapToDouble(b -> horizontally ? b.w() : b.h()).sum();
        double gap = (end - start - total) / (sorted.size() - 1);
        double at = start;
        for (Box b : sorted) {
            to.put(b.id(), horizontally ? new Position(at, b.y()) : new Position(b.x(), at));
            at += (horizontally ? b.w() : b.h()) + gap;
        }
        return Move.of(to);
    }
}
