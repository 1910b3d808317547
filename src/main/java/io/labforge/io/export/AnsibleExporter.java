package io.labforge.io.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code ansible}: a YAML inventory ({@code ansible-inventory -i FILE --list} reads it) with groups per
 * node kind, per zone and per lab group, and {@code ansible_host} set to each guest's static address.
 */
public final class AnsibleExporter implements Exporter {

    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .build());

    @Override
    public String format() {
        return "ansible";
    }

    @Override
    public String extension() {
        return "yml";
    }

    @Override
    public void export(Lab lab, ExportOptions options, OutputStream out) throws IOException {
        String header = "# Ansible inventory of lab '" + lab.name().replaceAll("[\\r\\n]", " ") + "', written by Labforge\n";
        out.write(header.getBytes(StandardCharsets.UTF_8));
        out.write(YAML.writeValueAsBytes(new AnsibleInventory(lab, NodeKinds.builtin()).build()));
    }
}
