package io.labforge.validate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HomelabCleanTest {

    @Test
    void theReferenceFixtureValidatesClean() {
        ValidationReport report = Validator.standard().validate(TestLabs.homelab());
        assertThat(report.problems()).isEmpty();
        assertThat(report.hasErrors()).isFalse();
    }
}
