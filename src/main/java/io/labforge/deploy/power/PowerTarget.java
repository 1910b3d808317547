package io.labforge.deploy.power;

import io.labforge.deploy.port.GuestRef;
import io.labforge.deploy.port.PowerState;
import io.labforge.deploy.port.ReadyCheck;

/**
 * One guest of the lab a power run acts on.
 *
 * @param id     lab node id
 * @param ref    where it lives
 * @param status power state when planned
 * @param ready  how to tell it is really up after a start
 * @param pool   the resource pool it is in, {@code null}: none
 */
public record PowerTarget(String id, GuestRef ref, PowerState status, ReadyCheck ready, String pool) {
}
