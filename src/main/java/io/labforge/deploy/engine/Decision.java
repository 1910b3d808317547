package io.labforge.deploy.engine;

/** What to do when a step has failed for good. */
public enum Decision {
    /** Run the step again. */
    RETRY,
    /** Give the step up, skip what depends on it, carry on with the rest. */
    CONTINUE,
    /** Stop, and remove everything this run created. */
    ROLL_BACK,
    /** Stop, and keep what exists. */
    ABORT
}
