package io.labforge.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;
import java.math.BigInteger;

/** Reads an {@link Bounded} integer: a whole number within its range, or a {@link FileProblem} naming the key. */
final class BoundedIntReader extends StdDeserializer<Integer> implements ContextualDeserializer {

    private final String key;
    private final long min;
    private final long max;

    BoundedIntReader() {
        this("value", Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    private BoundedIntReader(String key, long min, long max) {
        super(Integer.class);
        this.key = key;
        this.min = min;
        this.max = max;
    }

    @Override
    public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property) {
        Bounded b = property == null ? null : property.getAnnotation(Bounded.class);
        return b == null ? this : new BoundedIntReader(property.getName(), b.min(), b.max());
    }

    @Override
    public Integer deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        String range = min + " to " + max;
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT) {
            boolean quoted = p.currentToken() == JsonToken.VALUE_STRING && p.getText().strip().matches("-?\\d+");
            throw new FileProblem(p, "'" + key + "' must be a whole number, got " + Values.describe(p),
                    quoted ? "write the number without quotes" : "a number from " + range);
        }
        BigInteger v = p.getBigIntegerValue();
        if (v.compareTo(BigInteger.valueOf(min)) < 0 || v.compareTo(BigInteger.valueOf(max)) > 0) {
            throw new FileProblem(p, "'" + key + "' must be between " + min + " and " + max + ", got " + v, null);
        }
        return v.intValue();
    }
}
