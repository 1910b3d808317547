package io.labforge.io.diagram;

import io.labforge.io.export.ExportOptions;
import io.labforge.io.export.Exporter;
import io.labforge.model.Lab;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;
import java.util.function.Function;

/** {@code png}: the diagram as a PNG picture, 1x to 4x, white or transparent, with the lab file inside. */
public final class PngExporter implements Exporter {

    private final Function<Lab, String> labFile;
    private final PngRenderer renderer = new PngRenderer();

    /** @param labFile writes the lab file text that is embedded in the picture */
    public PngExporter(Function<Lab, String> labFile) {
        this.labFile = Objects.requireNonNull(labFile);
    }

    @Override
    public String format() {
        return "png";
    }

    @Override
    public String extension() {
        return "png";
    }

    @Override
    public void export(Lab lab, ExportOptions options, OutputStream out) throws IOException {
        DiagramModel model = DiagramLayout.of(lab);
        PngEmbedding.write(renderer.render(model, options.scale(), options.transparent()), labFile.apply(lab), out);
    }
}
