package io.labforge.validate;

import io.labforge.io.LabFiles;
import io.labforge.io.LabSource;
import io.labforge.validate.RuleFixtures.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lab-file fixtures under src/test/resources/rules/: each trips its rule when read from YAML.
 * Rules whose mistake the file reader already rejects (LF104, LF106, LF107, LF212, LF301, LF510)
 * are reachable only from labs built in code and have programmatic fixtures alone.
 */
class YamlRuleFixturesTest {

    static final Path DIR = Path.of("src/test/resources/rules");
    static final Set<String> READER_REJECTS = Set.of("LF104", "LF106", "LF107", "LF212", "LF301", "LF510");

    static List<Fixture> fileFixtures() {
        return RuleFixtures.all().stream().filter(f -> !READER_REJECTS.contains(f.code())).toList();
    }

    @ParameterizedTest(name = "{0}.yaml")
    @MethodSource("fileFixtures")
    void yamlFixtureTripsItsRule(Fixture f) throws Exception {
        LabSource source = LabFiles.readSource(DIR.resolve(f.code() + ".yaml"));
        ValidationReport report = Validator.standard().withCapacity(f.capacity()).validate(source.lab());
        List<Problem> hits = report.withCode(f.code());
        assertThat(hits).hasSize(1);
        assertThat(hits.get(0).message()).isEqualTo(f.message());
        assertThat(hits.get(0).subjects()).containsExactlyElementsOf(f.subjects());
        assertThat(report.problems()).allSatisfy(p -> assertThat(p.code()).isIn(union(f)));
    }

    @Test
    void everyFileHasAFixture() throws Exception {
        try (var files = Files.list(DIR)) {
            assertThat(files.map(p -> p.getFileName().toString().replace(".yaml", "")))
                    .containsExactlyInAnyOrderElementsOf(fileFixtures().stream().map(Fixture::code).toList());
        }
    }

    private static Set<String> union(Fixture f) {
        java.util.Set<String> s = new java.util.HashSet<>(f.also());
        s.add(f.code());
        return s;
    }
}
