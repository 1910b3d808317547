package io.labforge.io.diagram;

import io.labforge.kind.Category;
import io.labforge.model.NetworkKind;

import java.awt.Color;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The light-theme colours of the diagram: one per network zone (the same hue wherever the zone
 * appears: bar, links, NIC dots) and one per palette category for the node icons.
 */
public final class DiagramPalette {

    public static final Color BACKGROUND = Color.WHITE;
    public static final Color CARD_FILL = Color.WHITE;
    public static final Color CARD_BORDER = new Color(0xD0D7DE);
    public static final Color CARD_SHADOW = new Color(0x1F, 0x23, 0x28, 0x1C);
    public static final Color TEXT = new Color(0x1F2328);
    public static final Color TEXT_MUTED = new Color(0x59636E);
    public static final Color GROUP_BORDER = new Color(0x8C959F);
    public static final Color GROUP_FILL = new Color(0x8C, 0x95, 0x9F, 0x12);
    public static final Color ZONE_TEXT = Color.WHITE;

    private static final Map<NetworkKind, Color> ZONES = new EnumMap<>(Map.of(
            NetworkKind.WAN, new Color(0xD9480F),
            NetworkKind.LAN, new Color(0x1C7ED6),
            NetworkKind.DMZ, new Color(0xE67700),
            NetworkKind.K8S, new Color(0x6741D9),
            NetworkKind.AD, new Color(0x0C8599),
            NetworkKind.DB, new Color(0xC2255C),
            NetworkKind.SOC, new Color(0x2B8A3E),
            NetworkKind.MGMT, new Color(0x495057),
            NetworkKind.WORKSTATION, new Color(0x5C940D)));

    private static final Map<Category, Color> CATEGORIES = new EnumMap<>(Map.of(
            Category.NETWORK, new Color(0x495057),
            Category.EDGE, new Color(0xD9480F),
            Category.COMPUTE, new Color(0x1C7ED6),
            Category.KUBERNETES, new Color(0x6741D9),
            Category.DATA, new Color(0xC2255C),
            Category.IDENTITY, new Color(0x0C8599),
            Category.SECURITY_MONITORING, new Color(0x2B8A3E)));

    private static final Color UNKNOWN = new Color(0x868E96);

    private DiagramPalette() {
    }

    public static Color zone(NetworkKind kind) {
        return ZONES.getOrDefault(kind, UNKNOWN);
    }

    /** Accent of a node card; {@code null} category (unknown kind) gets grey. */
    public static Color category(Category category) {
        return category == null ? UNKNOWN : CATEGORIES.getOrDefault(category, UNKNOWN);
    }

    /** {@code color} blended over white, {@code amount} 0 (white) to 1 (color). */
    public static Color tint(Color color, double amount) {
        return new Color(
                mix(255, color.getRed(), amount),
                mix(255, color.getGreen(), amount),
                mix(255, color.getBlue(), amount));
    }

    /** {@code #rrggbb}. */
    public static String hex(Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    private static int mix(int a, int b, double t) {
        return (int) Math.round(a + (b - a) * t);
    }
}
