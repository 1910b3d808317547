package io.labforge.validate;

import io.labforge.model.Lab;
import io.labforge.validate.RuleFixtures.Fixture;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** After any sequence of edits, the incremental report equals a full validation of the same lab. */
class IncrementalValidatorTest {

    /** Problems without their fix objects (two runs make distinct, equivalent fix instances). */
    static List<String> shape(ValidationReport r) {
        List<String> out = new ArrayList<>();
        for (Problem p : r.problems()) {
            out.add(p.severity() + " " + p.code() + " " + p.message() + " " + p.subjects() + " " + p.hint()
                    + (p.fix() == null ? "" : " fix"));
        }
        return out;
    }

    @Test
    void everyFixtureInAnyOrderMatchesFullValidation() {
        List<Lab> labs = new ArrayList<>();
        for (Fixture f : RuleFixtures.all()) {
            labs.add(f.lab());
            labs.add(TestLabs.homelab());
        }
        Collections.shuffle(labs, new Random(42));
        IncrementalValidator inc = new IncrementalValidator(Validator.standard());
        for (Lab lab : labs) {
            assertThat(shape(inc.update(lab))).isEqualTo(shape(Validator.standard().validate(lab)));
        }
    }

    @Test
    void singleEditsOnOneLabMatchFullValidation() {
        // Edits applied on top of each other, sharing unchanged records as the editor does.
        Lab lab = TestLabs.homelab();
        IncrementalValidator inc = new IncrementalValidator(Validator.standard());
        inc.update(lab);
        lab = lab.updateNode("web1", n -> n.withHostname("web_1"));
        assertThat(shape(inc.update(lab))).isEqualTo(shape(Validator.standard().validate(lab)));
        lab = lab.updateNetwork("lan", n -> n.withCidr("10.10.11.0/24"));   // every lan address is now outside
        assertThat(shape(inc.update(lab))).isEqualTo(shape(Validator.standard().validate(lab)));
        assertThat(inc.last().withCode("LF205")).hasSize(3);
        lab = lab.updateNetwork("lan", n -> n.withCidr("10.10.10.0/24"));
        lab = lab.updateNode("web1", n -> n.withHostname(null));
        assertThat(inc.update(lab).problems()).isEmpty();
    }

    @Test
    void unchangedLabGivesTheSameReport() {
        IncrementalValidator inc = new IncrementalValidator(Validator.standard());
        Lab lab = RuleFixtures.all().get(0).lab();
        assertThat(shape(inc.update(lab))).isEqualTo(shape(inc.update(lab)));
        assertThat(inc.last().errorCount()).isEqualTo(1);
    }
}
