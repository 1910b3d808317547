package io.labforge.deploy.engine;

/** A step failed after its automatic retries; the message is for the user. */
final class StepFailedException extends Exception {

    StepFailedException(String message) {
        super(message);
    }
}
