package io.labforge.deploy.provision;

import java.util.List;
import java.util.Objects;

/**
 * A step on the Proxmox host itself that the API cannot do, run over SSH as root. Every command is
 * a complete POSIX shell command line: the check only reads (exit 0: the step is in place), apply
 * is safe to run again (it checks before it adds), remove deletes only what apply added.
 *
 * @param id            stable id for plans and journals, e.g. {@code nat:lan}
 * @param node          the Proxmox node it runs on
 * @param description   what it does, in plain words, for the plan
 * @param networks      ids of the lab networks that depend on it (their guests start after it)
 * @param checkCommand  read-only: exit 0 when the step's effect is already there
 * @param applyCommand  run at deploy
 * @param removeCommand run at destroy
 */
public record HostStep(String id, String node, String description, List<String> networks,
                       String checkCommand, String applyCommand, String removeCommand) {

    public HostStep {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(description, "description");
        networks = List.copyOf(networks);
        Objects.requireNonNull(checkCommand, "checkCommand");
        Objects.requireNonNull(applyCommand, "applyCommand");
        Objects.requireNonNull(removeCommand, "removeCommand");
    }

    /** {@code node:id}, unique across the lab's hosts; what plans, step graphs and journals name. */
    public String key() {
        return node + ":" + id;
    }
}
