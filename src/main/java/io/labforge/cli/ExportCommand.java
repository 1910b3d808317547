package io.labforge.cli;

import io.labforge.io.AtomicFiles;
import io.labforge.io.LabFileException;
import io.labforge.io.LabFiles;
import io.labforge.io.export.ExportOptions;
import io.labforge.io.export.Exporter;
import io.labforge.io.export.Exporters;
import io.labforge.kind.Names;
import io.labforge.model.Lab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code labforge export [FORMAT] FILE [--format F] [-o OUT]}: a lab in another format, on stdout or atomically into a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write a lab in another format (no display needed).",
        footer = {"", "Exit codes: 0 written, 2 bad usage, unreadable lab file or unwritable output."})
public final class ExportCommand implements Callable<Integer> {

    @Parameters(arity = "1..2", paramLabel = "[FORMAT] FILE",
            description = "The lab file (YAML or JSON), optionally after the format: 'export tofu lab.yaml'.")
    List<String> positional;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", completionCandidates = Formats.class,
            description = "One of: ${COMPLETION-CANDIDATES}.")
    String format;

    Path file;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write here (atomically) instead of to standard output.")
    Path output;

    @Option(names = "--scale", paramLabel = "1..4", defaultValue = "1", description = "Scale of raster images (default: ${DEFAULT-VALUE}).")
    double scale;

    @Option(names = "--transparent", description = "Transparent background for images instead of white.")
    boolean transparent;

    @Spec
    CommandSpec spec;

    /** The registered formats, for the help text and shell completion. */
    static final class Formats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Exporters.builtin().formats().iterator();
        }
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (positional.size() == 2) {
            if (format != null && !format.equals(positional.get(0))) {
                err.println("labforge export: two formats given ('" + positional.get(0) + "' and --format " + format + ")");
                return LabforgeCli.BAD_INPUT;
            }
            format = positional.get(0);
        } else if (format == null) {
            err.println("labforge export: which format? e.g. labforge export tofu " + positional.get(0) + " -o main.tf"
                    + " (formats: " + String.join(", ", Exporters.builtin().formats()) + ")");
            return LabforgeCli.BAD_INPUT;
        }
        file = Path.of(positional.get(positional.size() - 1));
        Exporters exporters = Exporters.builtin();
        Exporter exporter = exporters.find(format).orElse(null);
        if (exporter == null) {
            String nearest = Names.nearest(format, exporters.formats()).map(n -> "did you mean '" + n + "'? ").orElse("");
            err.println("labforge export: unknown format '" + format + "' (" + nearest + "formats: "
                    + String.join(", ", exporters.formats()) + ")");
            return LabforgeCli.BAD_INPUT;
        }
        ExportOptions options;
        try {
            options = new ExportOptions(scale, transparent);
        } catch (IllegalArgumentException e) {
            err.println("labforge export: --scale " + e.getMessage());
            return LabforgeCli.BAD_INPUT;
        }
        Lab lab;
        try {
            lab = LabFiles.read(file);
        } catch (LabFileException e) {
            err.println(e.getMessage());
            return LabforgeCli.BAD_INPUT;
        }
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            exporter.export(lab, options, bytes);
            return write(bytes.toByteArray(), err);
        } catch (IOException e) {
            err.println("labforge export: cannot write " + (output == null ? "the " + format + " output" : output) + ": " + e.getMessage());
            return LabforgeCli.BAD_INPUT;
        }
    }

    private int write(byte[] content, PrintWriter err) throws IOException {
        if (output != null) {
            AtomicFiles.write(output, content);
            return LabforgeCli.OK;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
            return LabforgeCli.OK;
        } catch (CharacterCodingException binary) {
            err.println("labforge export: " + format + " output is binary; write it to a file with -o OUT");
            return LabforgeCli.BAD_INPUT;
        }
    }
}
