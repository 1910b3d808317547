package io.labforge.io;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code layout:}, a mapping from element id to position; read entry by entry to keep where each id was written. */
@JsonDeserialize(using = LayoutDto.Reader.class)
record LayoutDto(List<Entry> entries) {

    record Entry(Ref id, PositionDto position) {
    }

    @JsonValue
    Map<String, PositionDto> asMap() {
        Map<String, PositionDto> map = new LinkedHashMap<>();
        entries.forEach(e -> map.put(e.id().value(), e.position()));
        return map;
    }

    static final class Reader extends StdDeserializer<LayoutDto> {

        Reader() {
            super(LayoutDto.class);
        }

        @Override
        public LayoutDto deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (LayoutDto) ctxt.handleUnexpectedToken(Map.class, p);
            }
            List<Entry> entries = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                Ref id = new Ref(p.currentName(), Location.of(p.currentTokenLocation()));
                p.nextToken();
                try {
                    entries.add(new Entry(id, ctxt.readValue(p, PositionDto.class)));
                } catch (JsonMappingException e) {
                    throw JsonMappingException.wrapWithPath(e, Map.class, id.value());
                }
            }
            return new LayoutDto(entries);
        }
    }
}
