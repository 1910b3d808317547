package io.labforge.validate;

import io.labforge.validate.rules.Rules;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/validation.md carries the catalogue table exactly as the rule classes state it. */
class RuleCatalogueDocTest {

    static final Path DOC = Path.of("docs/validation.md");

    /** The table rows, generated from the rule classes. */
    static String table() {
        StringBuilder b = new StringBuilder("| Code | Severity | Checks | What would be right / quick fix |\n|---|---|---|---|\n");
        for (Rule r : Rules.all()) {
            b.append("| ").append(r.code()).append(" | ").append(r.severity().name().toLowerCase())
                    .append(" | ").append(escape(r.title())).append(" | ").append(escape(r.remedy())).append(" |\n");
        }
        return b.toString();
    }

    private static String escape(String s) {
        return s.replace("|", "\\|");
    }

    @Test
    void docHoldsTheGeneratedTable() throws Exception {
        String doc = Files.readString(DOC);
        assertThat(doc).as("docs/validation.md must contain this table (paste it in):%n%s", table()).contains(table());
    }

    @Test
    void quickFixColumnMentionsEveryRuleWithAFix() throws Exception {
        Set<String> fixable = QuickFixTest.fixable().stream().map(RuleFixtures.Fixture::code).collect(Collectors.toSet());
        for (Rule r : Rules.all()) {
            assertThat(r.remedy().contains("uick fix")).as("%s remedy mentions its quick fix", r.code())
                    .isEqualTo(fixable.contains(r.code()));
        }
    }
}
