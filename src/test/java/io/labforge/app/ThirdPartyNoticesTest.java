package io.labforge.app;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ThirdPartyNoticesTest {

    @Test
    void readsLicencesNamesCoordinatesAndAddresses() {
        var n = ThirdPartyNotices.parseLine("(Apache License, Version 2.0) (MIT License) Jackson-core "
                + "(com.fasterxml.jackson.core:jackson-core:2.23.0 - https://github.com/FasterXML/jackson-core)").orElseThrow();
        assertThat(n.licences()).containsExactly("Apache License, Version 2.0", "MIT License");
        assertThat(n.name()).isEqualTo("Jackson-core");
        assertThat(n.coordinates()).isEqualTo("com.fasterxml.jackson.core:jackson-core:2.23.0");
        assertThat(n.url()).isEqualTo("https://github.com/FasterXML/jackson-core");
    }

    @Test
    void licenceNamesMayHoldParentheses() {
        var n = ThirdPartyNotices.parseLine("(GPLv2+CE (with the Classpath Exception)) javafx-base "
                + "(org.openjfx:javafx-base:21.0.12 - https://openjdk.java.net/projects/openjfx/)").orElseThrow();
        assertThat(n.licences()).containsExactly("GPLv2+CE (with the Classpath Exception)");
        assertThat(n.name()).isEqualTo("javafx-base");
    }

    @Test
    void skipsHeadingsAndMissingAddresses() {
        assertThat(ThirdPartyNotices.parse("Lists of 2 third-party dependencies.\n\n"
                + "     (MIT) a (g:a:1 - no url defined)\n")).singleElement()
                .satisfies(n -> assertThat(n.url()).isEmpty());
    }
}
