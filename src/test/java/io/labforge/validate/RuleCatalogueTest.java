package io.labforge.validate;

import io.labforge.validate.RuleFixtures.Fixture;
import io.labforge.validate.rules.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Every rule of the catalogue is tripped by its fixture, with the right severity, subjects and message. */
class RuleCatalogueTest {

    static List<Fixture> fixtures() {
        return RuleFixtures.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void fixtureTripsItsRuleAndNothingElse(Fixture f) {
        Rule rule = rule(f.code());
        ValidationReport report = Validator.standard().withCapacity(f.capacity()).validate(f.lab());

        List<Problem> hits = report.withCode(f.code());
        assertThat(hits).as("problems with %s in %s", f.code(), report.problems()).hasSize(1);
        Problem p = hits.get(0);
        assertThat(p.severity()).isEqualTo(rule.severity());
        assertThat(p.message()).isEqualTo(f.message());
        assertThat(p.subjects()).containsExactlyElementsOf(f.subjects());
        assertThat(p.hint()).isNotBlank();

        Set<String> others = report.problems().stream().map(Problem::code)
                .filter(c -> !c.equals(f.code())).collect(Collectors.toSet());
        assertThat(others).as("other problems: %s", report.problems()).isSubsetOf(f.also());
    }

    @Test
    void everyRuleHasAFixture() {
        Set<String> covered = fixtures().stream().map(Fixture::code).collect(Collectors.toSet());
        assertThat(Rules.all()).allSatisfy(r -> assertThat(covered).as("fixture for %s", r.code()).contains(r.code()));
    }

    @Test
    void codesAreUniqueAndWellFormed() {
        Set<String> seen = new HashSet<>();
        for (Rule r : Rules.all()) {
            assertThat(r.code()).matches("LF[1-6]\\d\\d");
            assertThat(seen.add(r.code())).as("duplicate code %s", r.code()).isTrue();
            assertThat(r.title()).isNotBlank();
            assertThat(r.remedy()).isNotBlank();
        }
    }

    static Rule rule(String code) {
        return Rules.all().stream().filter(r -> r.code().equals(code)).findFirst().orElseThrow();
    }
}
