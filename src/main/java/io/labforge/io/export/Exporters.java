package io.labforge.io.export;

import io.labforge.io.LabFiles;
import io.labforge.io.diagram.PngExporter;
import io.labforge.io.diagram.SvgExporter;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The registry of export formats: one line per format in {@link #builtin()}. */
public final class Exporters {

    private final Map<String, Exporter> byFormat = new LinkedHashMap<>();

    public Exporters(List<Exporter> exporters) {
        exporters.forEach(e -> byFormat.put(e.format(), e));
    }

    public static Exporters builtin() {
        return new Exporters(List.of(
                new YamlExporter(),
                new JsonExporter(),
                new DotExporter(),
                new GraphMlExporter(),
                new AnsibleExporter(),
                new TofuExporter(),
                new PngExporter(LabFiles::toYaml),
                new SvgExporter(LabFiles::toYaml)
        ));
    }

    public Optional<Exporter> find(String format) {
        return Optional.ofNullable(byFormat.get(format));
    }

    public List<String> formats() {
        return List.copyOf(byFormat.keySet());
    }
}
