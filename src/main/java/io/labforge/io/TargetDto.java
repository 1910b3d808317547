package io.labforge.io;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** {@code target:} where the lab deploys; no secrets, only the name of a connection profile. */
@JsonPropertyOrder({"profile", "node", "storage", "pool"})
record TargetDto(String profile, String node, String storage, String pool) implements Element {
}
