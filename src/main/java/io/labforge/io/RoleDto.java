package io.labforge.io;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code role:} of a node: settings whose keys depend on the node's kind, values free (numbers,
 * text, lists, mappings). Keeps where each key was written so an unknown key can be pointed at.
 */
@JsonDeserialize(using = RoleDto.Reader.class)
record RoleDto(@JsonValue Map<String, Object> values, Map<String, Location> keys) {

    static final class Reader extends StdDeserializer<RoleDto> {

        Reader() {
            super(RoleDto.class);
        }

        @Override
        public RoleDto deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                return (RoleDto) ctxt.handleUnexpectedToken(Map.class, p);
            }
            Map<String, Object> values = new LinkedHashMap<>();
            Map<String, Location> keys = new LinkedHashMap<>();
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String key = p.currentName();
                keys.put(key, Location.of(p.currentTokenLocation()));
                p.nextToken();
                try {
                    values.put(key, ctxt.readValue(p, Object.class));
                } catch (JsonMappingException e) {
                    throw JsonMappingException.wrapWithPath(e, Map.class, key);
                }
            }
            return new RoleDto(values, keys);
        }
    }
}
