package io.labforge.deploy.journal;

import io.labforge.deploy.plan.Marker;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where journals live: {@code $LABFORGE_DATA_HOME/journal/<lab>.jsonl}, else
 * {@code $XDG_DATA_HOME/labforge/journal/<lab>.jsonl}, else {@code ~/.local/share/labforge/journal/<lab>.jsonl}.
 * Per user rather than beside the lab file: the file is shared and versioned, the journal is this
 * machine's record of one cluster.
 */
public final class JournalLocation {

    private JournalLocation() {
    }

    public static Path forLab(String lab) {
        return forLab(lab, System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static Path forLab(String lab, Map<String, String> env, Path home) {
        return dataHome(env, home).resolve("journal").resolve(Marker.slug(lab) + ".jsonl");
    }

    static Path dataHome(Map<String, String> env, Path home) {
        String own = env.get("LABFORGE_DATA_HOME");
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String xdg = env.get("XDG_DATA_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return Path.of(xdg, "labforge");
        }
        return home.resolve(".local/share/labforge");
    }
}
