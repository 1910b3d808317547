package io.labforge.io;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;

import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Records where each {@link Element} of the file started, keyed by the read object's identity (records
 * compare by value). The map travels as a per-read attribute, so one mapper serves concurrent reads.
 */
final class ElementLocations extends BeanDeserializerModifier {

    static final Object ATTRIBUTE = ElementLocations.class;

    static Map<Object, Location> newMap() {
        return new IdentityHashMap<>();
    }

    @Override
    public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription beanDesc,
                                                  JsonDeserializer<?> deserializer) {
        return Element.class.isAssignableFrom(beanDesc.getBeanClass()) ? new Recording(deserializer) : deserializer;
    }

    private static final class Recording extends DelegatingDeserializer {

        Recording(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new Recording(newDelegatee);
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            Location at = Location.of(p.currentTokenLocation());
            Object value = super.deserialize(p, ctxt);
            Object map = ctxt.getAttribute(ATTRIBUTE);
            if (value != null && map instanceof Map<?, ?> m) {
                ((Map<Object, Location>) m).put(value, at);
            }
            return value;
        }
    }
}
