package io.labforge.io.diagram;

/** Sizes shared by the layout and both renderers, in diagram units. */
final class Metrics {

    static final double MARGIN = 32;
    static final double TITLE_GAP = 20;

    static final double CARD_W = 208;
    static final double CARD_RADIUS = 10;
    static final double CARD_PAD = 10;
    static final double ICON_TILE = 36;
    static final double ICON_SIZE = 24;
    static final double TILE_RADIUS = 8;
    static final double TEXT_X = CARD_PAD + ICON_TILE + 10;
    static final double NAME_BASELINE = 23;
    static final double KIND_BASELINE = 39;
    static final double ADDRESS_BASELINE = 58;
    static final double ADDRESS_STEP = 15;
    static final double DOT_RADIUS = 3.5;
    static final double ADDRESS_TEXT_X = TEXT_X + 2 * DOT_RADIUS + 5;
    /** Between an address and its network's id. */
    static final double ADDRESS_GAP = 6;

    static final double ZONE_H = 30;
    static final double ZONE_RADIUS = 6;
    static final double ZONE_PAD = 12;
    static final double ZONE_BASELINE = 19.5;
    static final double ZONE_OVERHANG = 24;

    static final double LINK_WIDTH = 2;
    static final double GROUP_PAD = 14;
    static final double GROUP_LABEL = 18;
    static final double GROUP_RADIUS = 12;

    static final double GAP_X = 36;
    static final double GAP_Y = 44;

    private Metrics() {
    }

    static double cardHeight(int addresses) {
        double withText = addresses == 0 ? KIND_BASELINE + 12 : ADDRESS_BASELINE + ADDRESS_STEP * (addresses - 1) + 10;
        return Math.max(CARD_PAD * 2 + ICON_TILE, withText);
    }
}
