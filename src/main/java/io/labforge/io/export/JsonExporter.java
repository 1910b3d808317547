package io.labforge.io.export;

import io.labforge.io.LabFiles;
import io.labforge.model.Lab;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** {@code json}: the lab file's structure as JSON, which Labforge reads back too. */
public final class JsonExporter implements Exporter {

    @Override
    public String format() {
        return "json";
    }

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void export(Lab lab, ExportOptions options, OutputStream out) throws IOException {
        out.write(LabFiles.toJson(lab).getBytes(StandardCharsets.UTF_8));
    }
}
