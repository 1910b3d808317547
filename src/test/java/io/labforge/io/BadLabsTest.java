package io.labforge.io;

import io.labforge.cli.LabforgeCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every malformed lab file of {@code src/test/resources/badlabs} through the real command line: exit 2,
 * one {@code file:line:column: message} line naming the right thing, no stack trace, in bounded time.
 */
class BadLabsTest {

    static final Path DIR = Path.of(System.getProperty("labforge.project.dir", "."), "src/test/resources/badlabs");
    private static final Duration BOUND = Duration.ofSeconds(10);

    record Run(int exit, String out, String err) {
    }

    /** One row of expected.tsv: file, expected line:column (blank: any), texts the message must contain. */
    static Stream<Arguments> fixtures() throws IOException {
        return Files.readAllLines(DIR.resolve("expected.tsv")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", -1))
                .map(f -> Arguments.of(f[0], f[1], f[2]));
    }

    @Test
    void everyFixtureIsListedAndThereAreEnough() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            long fixtures = files.filter(p -> !p.getFileName().toString().equals("expected.tsv")).count();
            assertThat(fixtures).isGreaterThanOrEqualTo(30).isEqualTo(fixtures().count());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void exportRefusesWithOneLocatedLine(String name, String where, String texts) {
        check(DIR.resolve(name), where, texts, "export", "--format", "yaml");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void validateRefusesWithOneLocatedLine(String name, String where, String texts) {
        check(DIR.resolve(name), where, texts, "validate");
    }

    @Test
    void fiftyMegabytesAreRefusedAtOnce(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.yaml");
        StringBuilder chunk = new StringBuilder();
        for (int i = 0; chunk.length() < 1 << 20; i++) {
            chunk.append(String.format("  - { id: vm%07d, kind: linux-vm, nics: [ { network: lan, ip: 10.10.10.10 } ] }%n", i));
        }
        byte[] block = chunk.toString().getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            out.write("schemaVersion: 1\nname: big\nnodes:\n".getBytes(StandardCharsets.UTF_8));
            for (int mb = 0; mb < 51; mb++) {
                out.write(block);
            }
        }
        assertThat(Files.size(big)).isGreaterThan(50L * 1024 * 1024);
        check(big, "1:1", "lab files may be at most 16 MB", "export", "--format", "yaml");
    }

    @Test
    void aFileThatIsADirectoryOrMissing(@TempDir Path dir) {
        check(dir, "1:1", "is a directory", "export", "--format", "yaml");
        check(dir.resolve("missing.yaml"), "1:1", "no such file", "export", "--format", "yaml");
    }

    private static void check(Path file, String where, String texts, String command, String... options) {
        String[] args = Stream.concat(Stream.of(command, file.toString()), Stream.of(options)).toArray(String[]::new);
        Run r = assertTimeoutPreemptively(BOUND, () -> run(args));
        assertThat(r.exit()).as("exit status").isEqualTo(LabforgeCli.BAD_INPUT);
        assertThat(r.out()).as("nothing on standard output").isEmpty();
        String[] lines = r.err().split("\\R");
        assertThat(lines).as("exactly one line on stderr: %s", r.err()).hasSize(1);
        String line = lines[0];
        assertThat(line).matches(Pattern.quote(file.toString()) + ":\\d+:\\d+: .+");
        assertThat(line).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("at io.")
                .doesNotContain("com.fasterxml").doesNotContain("org.yaml");
        if (!where.isBlank()) {
            assertThat(line).startsWith(file + ":" + where + ": ");
        }
        for (String text : texts.split("\\|")) {
            assertThat(line).contains(text);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = LabforgeCli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }
}
