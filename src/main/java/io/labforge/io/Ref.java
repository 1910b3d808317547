package io.labforge.io;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;

/**
 * A text value of the lab file together with where it was written: ids, kinds and references,
 * the values whose errors are found after reading and must still point at their line.
 */
@JsonDeserialize(using = Ref.Reader.class)
record Ref(@JsonValue String value, Location at) {

    static Ref of(String value) {
        return value == null ? null : new Ref(value, Location.START);
    }

    static String value(Ref ref) {
        return ref == null ? null : ref.value();
    }

    static final class Reader extends StdDeserializer<Ref> {

        Reader() {
            super(Ref.class);
        }

        @Override
        public Ref deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.currentToken().isScalarValue()) {
                return (Ref) ctxt.handleUnexpectedToken(String.class, p);
            }
            return new Ref(p.getText(), Location.of(p.currentTokenLocation()));
        }
    }
}
