package io.labforge.io;

import io.labforge.model.Lab;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/** {@code load(save(lab)).equals(lab)} for many generated labs, in YAML and in JSON. */
class LabFileRoundTripTest {

    private static final int LABS = 400;

    @Test
    void yamlRoundTripKeepsEveryLab() {
        RandomLabs labs = new RandomLabs(20261124L);
        for (int i = 0; i < LABS; i++) {
            Lab lab = labs.next();
            String yaml = LabFiles.toYaml(lab);
            try {
                assertThat(LabFiles.parse(yaml, "gen.yaml")).as("lab %d:%n%s", i, yaml).isEqualTo(lab);
            } catch (LabFileException e) {
                fail("lab " + i + " did not load back: " + e.getMessage() + "\n" + yaml);
            }
        }
    }

    @Test
    void jsonRoundTripKeepsEveryLab() {
        RandomLabs labs = new RandomLabs(42L);
        for (int i = 0; i < LABS; i++) {
            Lab lab = labs.next();
            String json = LabFiles.toJson(lab);
            try {
                assertThat(LabFiles.parse(json, "gen.json")).as("lab %d:%n%s", i, json).isEqualTo(lab);
            } catch (LabFileException e) {
                fail("lab " + i + " did not load back: " + e.getMessage() + "\n" + json);
            }
        }
    }

    @Test
    void savingTwiceGivesTheSameText() throws Exception {
        RandomLabs labs = new RandomLabs(7L);
        for (int i = 0; i < 50; i++) {
            String once = LabFiles.toYaml(labs.next());
            assertThat(LabFiles.toYaml(LabFiles.parse(once, "gen.yaml"))).isEqualTo(once);
        }
    }
}
