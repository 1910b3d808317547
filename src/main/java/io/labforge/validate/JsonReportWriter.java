package io.labforge.validate;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The report for machines. Stable shape (documented in docs/validation.md):
 * {@code {"file", "errors", "warnings", "infos", "problems": [{"code", "severity", "message",
 * "subjects", "hint", "fix", "location": {"file", "line", "column"}}]}}; {@code fix} and
 * {@code location} are {@code null} when there is none.
 */
public final class JsonReportWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private final String file;
    private final Function<Problem, Optional<SourceLocation>> locator;

    public JsonReportWriter(String file, Function<Problem, Optional<SourceLocation>> locator) {
        this.file = file;
        this.locator = locator;
    }

    public void write(ValidationReport report, Writer out) throws IOException {
        MAPPER.writeValue(out, tree(report));
        out.write(System.lineSeparator());
        out.flush();
    }

    public Map<String, Object> tree(ValidationReport report) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("file", file);
        root.put("errors", report.errorCount());
        root.put("warnings", report.warningCount());
        root.put("infos", report.infoCount());
        List<Object> problems = new ArrayList<>();
        for (Problem p : report.problems()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("code", p.code());
            m.put("severity", p.severity().name());
            m.put("message", p.message());
            m.put("subjects", p.subjects());
            m.put("hint", p.hint());
            m.put("fix", p.fix() == null ? null : p.fix().description());
            m.put("location", locator.apply(p).map(JsonReportWriter::location).orElse(null));
            problems.add(m);
        }
        root.put("problems", problems);
        return root;
    }

    private static Map<String, Object> location(SourceLocation at) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", at.file());
        m.put("line", at.line() > 0 ? at.line() : null);
        m.put("column", at.column() > 0 ? at.column() : null);
        return m;
    }
}
