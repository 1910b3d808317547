package io.labforge.io.diagram;

import io.labforge.kind.NodeKind;
import io.labforge.kind.NodeKinds;
import org.junit.jupiter.api.Test;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class IconPathsTest {

    @Test
    void everyBuiltinKindHasAnOutlineOnTheGrid() {
        for (NodeKind kind : NodeKinds.builtin().all()) {
            assertThat(IconPaths.builtin().pathData(kind.icon())).as(kind.icon()).isPresent();
            Rectangle2D b = IconPaths.builtin().shape(kind.icon()).getBounds2D();
            assertThat(b.getWidth()).as(kind.icon()).isGreaterThan(10);
            assertThat(b.getMinX()).isGreaterThanOrEqualTo(-0.01);
            assertThat(b.getMinY()).isGreaterThanOrEqualTo(-0.01);
            assertThat(b.getMaxX()).isLessThanOrEqualTo(24.01);
            assertThat(b.getMaxY()).isLessThanOrEqualTo(24.01);
        }
    }

    @Test
    void unknownIconFallsBackToTheHelpGlyph() {
        assertThat(IconPaths.builtin().pathDataOrFallback("mdi2x-no-such-icon"))
                .isEqualTo(IconPaths.builtin().pathData(IconPaths.FALLBACK).orElseThrow());
    }

    /** Fails when a kind's icon changes and the generated outlines were not rebuilt. */
    @Test
    void committedOutlinesMatchTheIconFont() throws IOException {
        Path project = Path.of(System.getProperty("labforge.project.dir", "."));
        String committed = Files.readString(project.resolve(IconOutlines.RESOURCE), StandardCharsets.UTF_8);
        assertThat(committed)
                .as("icons.properties is stale: run IconOutlines.main (see docs/export.md)")
                .isEqualTo(IconOutlines.generate());
    }
}
