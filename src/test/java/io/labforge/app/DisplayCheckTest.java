package io.labforge.app;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayCheckTest {

    @Test
    void linuxWithoutDisplayGetsAdviceNamingTheHeadlessWays() {
        assertThat(DisplayCheck.missing(Map.of(), "Linux")).hasValueSatisfying(a -> assertThat(a)
                .contains("neither DISPLAY nor WAYLAND_DISPLAY is set").contains("labforge --help")
                .contains("ssh -X").contains("xvfb-run -a labforge"));
        assertThat(DisplayCheck.missing(Map.of("DISPLAY", " "), "Linux")).isPresent();
    }

    @Test
    void anX11OrWaylandSessionOrAnotherSystemMayOpenTheWindow() {
        assertThat(DisplayCheck.missing(Map.of("DISPLAY", ":0"), "Linux")).isEmpty();
        assertThat(DisplayCheck.missing(Map.of("WAYLAND_DISPLAY", "wayland-0"), "Linux")).isEmpty();
        assertThat(DisplayCheck.missing(Map.of(), "Windows 11")).isEmpty();
        assertThat(DisplayCheck.missing(Map.of(), "Mac OS X")).isEmpty();
    }
}
