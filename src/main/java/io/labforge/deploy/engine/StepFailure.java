package io.labforge.deploy.engine;

/**
 * A step that failed after its automatic retries.
 *
 * @param step     the step
 * @param message  the reason in plain words, with Proxmox's text
 * @param attempts tries made so far, across user retries
 */
public record StepFailure(Step step, String message, int attempts) {
}
