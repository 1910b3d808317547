package io.labforge.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The migration hook, exercised with a migration that exists only in this test (schema 1 is the first
 * published version): "v0" called the lab's name {@code title}.
 */
class MigrationsTest {

    private static final Migration TITLE_TO_NAME = new Migration() {
        @Override
        public int from() {
            return 0;
        }

        @Override
        public ObjectNode apply(ObjectNode lab) {
            lab.set("name", lab.remove("title"));
            return lab;
        }
    };

    private final LabFileReader reader = new LabFileReader(NodeKinds.builtin(), new Migrations(List.of(TITLE_TO_NAME)));

    @Test
    void olderFileIsMigratedOnLoadAndSavedAsCurrent() throws Exception {
        Lab lab = reader.parse("schemaVersion: 0\ntitle: old\nnetworks:\n  - { id: lan, kind: lan }\n", "old.yaml").lab();
        assertThat(lab.name()).isEqualTo("old");
        assertThat(LabFiles.toYaml(lab)).startsWith("schemaVersion: 1\nname: old\n");
    }

    @Test
    void errorInAMigratedFilePointsAtItsVersion() {
        assertThatThrownBy(() -> reader.parse("schemaVersion: 0\ntitle: old\nbogus: 1\n", "old.yaml"))
                .hasMessageStartingWith("old.yaml:1:16: unknown key 'bogus' at the top level (after migrating from schemaVersion 0)");
    }

    @Test
    void withoutAStepTheVersionIsUnsupported() {
        assertThatThrownBy(() -> LabFiles.parse("schemaVersion: 0\ntitle: old\n", "old.yaml"))
                .hasMessage("old.yaml:1:16: unsupported schemaVersion 0; this Labforge reads 1");
    }
}
