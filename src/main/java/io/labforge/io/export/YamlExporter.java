package io.labforge.io.export;

import io.labforge.io.LabFiles;
import io.labforge.model.Lab;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** {@code yaml}: the lab file itself. */
public final class YamlExporter implements Exporter {

    @Override
    public String format() {
        return "yaml";
    }

    @Override
    public String extension() {
        return "yaml";
    }

    @Override
    public void export(Lab lab, ExportOptions options, OutputStream out) throws IOException {
        out.write(LabFiles.toYaml(lab).getBytes(StandardCharsets.UTF_8));
    }
}
