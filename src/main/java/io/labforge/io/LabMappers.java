package io.labforge.io;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The two Jackson mappers of the lab file (YAML and JSON), configured alike: strict about keys, types
 * and duplicates, and bounded in what a hostile file can make them do.
 */
final class LabMappers {

    /** Deepest nesting accepted; a lab file needs about six levels, role settings a few more. */
    static final int MAX_DEPTH = 64;
    /** Largest lab file accepted, in bytes (files) or characters (text); a 5,000-node lab is about 2 MB. */
    static final int MAX_SIZE = 16 * 1024 * 1024;
    /** Longest single text value. */
    static final int MAX_STRING = 1024 * 1024;

    static final ObjectMapper YAML = configure(YAMLMapper.builder(yamlFactory())
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
            .enable(YAMLGenerator.Feature.LITERAL_BLOCK_STYLE));

    static final ObjectMapper JSON = configure(JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(constraints())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .enable(SerializationFeature.INDENT_OUTPUT));

    private LabMappers() {
    }

    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_SIZE);
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        return YAMLFactory.builder()
                .loaderOptions(options)
                .streamReadConstraints(constraints())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .stringQuotingChecker(new KeyQuoting())
                .build();
    }

    /**
     * Writes {@code y:} of a position unquoted (a YAML 1.1 boolean spelling, but keys are read as text),
     * and quotes whatever a reader could take for a number ({@code 1e3}, {@code .nan}), so text reads back as text.
     */
    private static final class KeyQuoting extends StringQuotingChecker.Default {

        private static final long serialVersionUID = 1L;
        private static final java.util.regex.Pattern SPECIAL_FLOAT =
                java.util.regex.Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");
        /** Anything a YAML reader might take for a number, base-60 included (quoting too much is harmless). */
        private static final java.util.regex.Pattern NUMBER_LIKE =
                java.util.regex.Pattern.compile("[-+]?(0x[0-9a-fA-F_]+|0o[0-7_]+|0b[01_]+|[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?"
                        + "|(\\.[0-9_]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?)");

        @Override
        public boolean needToQuoteName(String name) {
            return !"y".equals(name) && super.needToQuoteName(name);
        }

        @Override
        public boolean needToQuoteValue(String value) {
            return SPECIAL_FLOAT.matcher(value).matches() || NUMBER_LIKE.matcher(value).matches() || super.needToQuoteValue(value);
        }
    }

    private static StreamReadConstraints constraints() {
        return StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH)
                .maxStringLength(MAX_STRING)
                .maxNumberLength(64)
                .build();
    }

    private static ObjectMapper configure(MapperBuilder<?, ?> builder) {
        return builder
                .addModule(new SimpleModule("labforge-locations").setDeserializerModifier(new ElementLocations()))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }
}
