package io.labforge.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import java.io.IOException;

/** One entry of {@code layout:}: canvas coordinates. Whole coordinates are written without {@code .0}. */
@JsonPropertyOrder({"x", "y"})
record PositionDto(
        @JsonSerialize(using = Coordinate.class) Double x,
        @JsonSerialize(using = Coordinate.class) Double y) implements Element {

    static final class Coordinate extends StdSerializer<Double> {

        Coordinate() {
            super(Double.class);
        }

        @Override
        public void serialize(Double v, JsonGenerator gen, SerializerProvider provider) throws IOException {
            boolean whole = v == Math.rint(v) && Math.abs(v) < 1e15 && !(v == 0 && 1 / v < 0);
            if (whole) {
                gen.writeNumber(v.longValue());
            } else {
                gen.writeNumber(v);
            }
        }
    }
}
