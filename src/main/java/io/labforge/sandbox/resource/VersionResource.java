package io.labforge.sandbox.resource;

import java.util.Map;

/** {@code GET /version}: what a PVE 9.1 node answers. */
final class VersionResource {

    static final String VERSION = "9.1.9";

    private VersionResource() {
    }

    static void register(Routes routes) {
        routes.on("GET", "/version", call -> Map.of("version", VERSION, "release", "9.1", "repoid", "5f1a2b3c",
                "console", "html5"));
    }
}
