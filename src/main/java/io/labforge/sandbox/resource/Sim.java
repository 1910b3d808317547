package io.labforge.sandbox.resource;

import io.labforge.sandbox.auth.Acl;
import io.labforge.sandbox.auth.Authenticator;
import io.labforge.sandbox.state.SimState;
import io.labforge.sandbox.state.StorageSlots;
import io.labforge.sandbox.task.SimClock;
import io.labforge.sandbox.task.TaskEngine;

/**
 * What resource handlers share: the cluster state, the task engine and clock, the storage locks and the
 * caller's rights.
 *
 * @param fingerprint SHA-256 fingerprint of the node certificate, as {@code GET /nodes} shows it
 */
public record Sim(SimState state, TaskEngine tasks, SimClock clock, StorageSlots slots, Acl acl, Authenticator auth,
                  String fingerprint) {
}
