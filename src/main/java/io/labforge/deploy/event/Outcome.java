package io.labforge.deploy.event;

/** How a run ended. */
public enum Outcome {
    /** Every step finished. */
    SUCCEEDED,
    /** Some steps failed and the user chose to continue; the rest finished. */
    PARTIAL,
    /** Stopped after a failure; what was created stays. */
    ABORTED,
    /** Cancelled by the user; what was created stays. */
    CANCELLED,
    /** Stopped and everything this run created was removed again. */
    ROLLED_BACK
}
