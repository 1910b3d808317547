package io.labforge.validate;

import io.labforge.io.LabFiles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped samples are the labs people start from: they validate clean. */
class SamplesValidateTest {

    static List<Path> samples() throws IOException {
        Path dir = Path.of("assets/samples");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleValidatesClean(Path sample) throws Exception {
        ValidationReport report = Validator.standard().validate(LabFiles.read(sample));
        assertThat(report.problems()).isEmpty();
    }
}
