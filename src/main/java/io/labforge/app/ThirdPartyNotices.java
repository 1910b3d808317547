package io.labforge.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The libraries Labforge ships and their licences, from the {@code THIRD-PARTY.txt} resource that
 * license-maven-plugin writes (see docs/install.md, "Licences"). One line per library:
 * {@code (Licence A) (Licence B) Name (group:artifact:version - url)}.
 */
public final class ThirdPartyNotices {

    static final String RESOURCE = "THIRD-PARTY.txt";

    /** One library: display name, Maven coordinates, licence names, project address (may be empty). */
    public record Notice(String name, String coordinates, List<String> licences, String url) {
        public Notice {
            licences = List.copyOf(licences);
        }
    }

    private ThirdPartyNotices() {
    }

    /** Reads the bundled list; small, but it is a read: call it off the FX thread. */
    public static List<Notice> load() {
        try (InputStream in = ThirdPartyNotices.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return List.of();
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Notice> parse(String text) {
        List<Notice> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            parseLine(line.strip()).ifPresent(out::add);
        }
        return out;
    }

    static Optional<Notice> parseLine(String line) {
        List<String> licences = new ArrayList<>();
        int i = 0;
        while (i < line.length() && line.charAt(i) == '(') {
            int end = closing(line, i);
            if (end < 0) {
                return Optional.empty();
            }
            licences.add(line.substring(i + 1, end).strip());
            i = end + 1;
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
        }
        int open = line.lastIndexOf(" (");
        if (licences.isEmpty() || open < i || !line.endsWith(")")) {
            return Optional.empty();
        }
        String name = line.substring(i, open).strip();
        String tail = line.substring(open + 2, line.length() - 1);
        int dash = tail.indexOf(" - ");
        String coordinates = dash < 0 ? tail : tail.substring(0, dash);
        String url = dash < 0 ? "" : tail.substring(dash + 3).strip();
        return Optional.of(new Notice(name, coordinates.strip(), licences, url.equals("no url defined") ? "" : url));
    }

    /** Index of the parenthesis that closes the one at {@code start}, allowing nested pairs. */
    private static int closing(String s, int start) {
        int depth = 0;
        for (int i = start; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }
}
