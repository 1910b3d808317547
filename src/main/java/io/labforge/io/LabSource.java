package io.labforge.io;

import io.labforge.model.Lab;

import java.util.Map;
import java.util.Optional;

/**
 * A lab together with where each of its elements was read, so later checks (validation, the
 * editor's problem list) can point at the line that declared a network, node or group.
 *
 * @param lab       the lab
 * @param file      the file (or source) name it was read from
 * @param locations where the id of each network, node and group was written
 */
public record LabSource(Lab lab, String file, Map<String, Location> locations) {

    public LabSource {
        locations = Map.copyOf(locations);
    }

    public Optional<Location> locationOf(String id) {
        return Optional.ofNullable(id == null ? null : locations.get(id));
    }
}
