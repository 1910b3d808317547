package io.labforge.app.bench;

import io.labforge.io.LabFiles;
import io.labforge.model.Lab;
import io.labforge.validate.Validator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SyntheticLabTest {

    @Test
    void generatedLabsHaveTheAskedSizeAndValidateClean() throws Exception {
        Lab lab = SyntheticLab.generate(500);
        assertThat(lab.nodes()).hasSize(500);
        assertThat(lab.networks()).hasSize(1 + 10 * 8);
        assertThat(Validator.standard().validate(lab).problems()).isEmpty();
        assertThat(LabFiles.parse(LabFiles.toYaml(lab), "bench.yaml")).isEqualTo(lab);
    }

    @Test
    void largeLabsStayValid() {
        Lab lab = SyntheticLab.generate(5000);
        assertThat(lab.nodes()).hasSize(5000);
        assertThat(Validator.standard().validate(lab).problems()).isEmpty();
    }
}
