package io.labforge.io.diagram;

import io.labforge.io.export.ExportOptions;
import io.labforge.io.export.Exporter;
import io.labforge.model.Lab;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Function;

/** {@code svg}: the diagram as an SVG document with the lab file in its metadata; the scale option does not apply. */
public final class SvgExporter implements Exporter {

    private final Function<Lab, String> labFile;
    private final SvgRenderer renderer = new SvgRenderer();

    /** @param labFile writes the lab file text that is embedded in the document */
    public SvgExporter(Function<Lab, String> labFile) {
        this.labFile = Objects.requireNonNull(labFile);
    }

    @Override
    public String format() {
        return "svg";
    }

    @Override
    public String extension() {
        return "svg";
    }

    @Override
    public void export(Lab lab, ExportOptions options, OutputStream out) throws IOException {
        String svg = renderer.render(DiagramLayout.of(lab), labFile.apply(lab), options.transparent());
        out.write(svg.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
