package io.labforge.deploy.connect;

import java.nio.file.Path;
import java.util.Map;

/**
 * The per-user configuration directory: {@code $LABFORGE_CONFIG_HOME}, else
 * {@code $XDG_CONFIG_HOME/labforge}, else {@code ~/.config/labforge}. Holds {@code profiles.yaml} and
 * {@code credentials}.
 */
public record ConfigPaths(Path dir) {

    public static ConfigPaths forUser() {
        return of(System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static ConfigPaths of(Map<String, String> env, Path home) {
        String own = env.get("LABFORGE_CONFIG_HOME");
        if (own != null && !own.isBlank()) {
            return new ConfigPaths(Path.of(own));
        }
        String xdg = env.get("XDG_CONFIG_HOME");
        if (xdg != null && !xdg.isBlank()) {
            return new ConfigPaths(Path.of(xdg, "labforge"));
        }
        return new ConfigPaths(home.resolve(".config/labforge"));
    }

    public Path profiles() {
        return dir.resolve("profiles.yaml");
    }

    public Path credentials() {
        return dir.resolve("credentials");
    }
}
