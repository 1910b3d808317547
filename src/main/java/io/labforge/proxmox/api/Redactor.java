package io.labforge.proxmox.api;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** Replaces known secret values in text that may end up in a message or log line. */
final class Redactor {

    static final String MASK = "******";

    private final List<String> secrets;

    Redactor(Stream<String> secrets) {
        this.secrets = secrets.filter(Objects::nonNull).filter(s -> s.length() >= 4).distinct().toList();
    }

    String clean(String text) {
        if (text == null) {
            return "";
        }
        String out = text;
        for (String s : secrets) {
            out = out.replace(s, MASK);
        }
        return out;
    }
}
