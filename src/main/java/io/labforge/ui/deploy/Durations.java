package io.labforge.ui.deploy;

import java.time.Duration;

/** Durations as people read them: "42 s", "3 min 05 s". */
final class Durations {

    private Durations() {
    }

    static String readable(Duration d) {
        long s = Math.max(0, d.toSeconds());
        if (s < 60) {
            return s + " s";
        }
        return s / 60 + " min " + String.format("%02d", s % 60) + " s";
    }
}
