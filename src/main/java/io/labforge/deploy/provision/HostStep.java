package io.labforge.deploy.provision;

import java.util.Objects;

/**
 * A step on the Proxmox host itself that the API cannot do, run over SSH as root. Both commands
 * are complete POSIX shell command lines, safe to run again (apply checks before it adds, remove
 * deletes only what apply added).
 *
 * @param id            stable id for plans and journals, e.g. {@code nat:lan}
 * @param description   what it does, in plain words, for the plan
 * @param applyCommand  run at deploy
 * @param removeCommand run at destroy
 */
public record HostStep(String id, String description, String applyCommand, String removeCommand) {

    public HostStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(applyCommand, "applyCommand");
        Objects.requireNonNull(removeCommand, "removeCommand");
    }
}
