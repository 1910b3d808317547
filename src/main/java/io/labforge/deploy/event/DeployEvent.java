package io.labforge.deploy.event;

import io.labforge.deploy.plan.Plan;

import java.time.Duration;
import java.time.Instant;

/** One thing that happened during planning or a run. */
public sealed interface DeployEvent {

    Instant at();

    /** A plan was computed. */
    record PlanReady(Instant at, Plan plan) implements DeployEvent {
    }

    /** A step began. {@code title} is a plain description, e.g. "clone debian-12-cloudinit to VM 105". */
    record StepStarted(Instant at, String step, String resource, String title) implements DeployEvent {
    }

    /** Overall progress: {@code done} of {@code total} steps finished. */
    record Progress(Instant at, int done, int total) implements DeployEvent {
    }

    /** A line of a Proxmox task log or of provisioning output. */
    record LogLine(Instant at, String step, String resource, String line) implements DeployEvent {
    }

    record StepFinished(Instant at, String step, String resource, Duration took) implements DeployEvent {
    }

    /** A step failed; {@code willRetry} says whether the engine tries again by itself. */
    record StepFailed(Instant at, String step, String resource, String message, int attempt, boolean willRetry)
            implements DeployEvent {
    }

    /** A resource's state changed; {@code address} is set once known. */
    record ResourceStatus(Instant at, String resource, ResourceState state, String address) implements DeployEvent {
    }

    record RunFinished(Instant at, Outcome outcome, int stepsDone, int stepsFailed, Duration took, String summary)
            implements DeployEvent {
    }
}
