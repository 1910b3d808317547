package io.labforge.deploy.power;

/** Which way a power run goes. */
public enum Direction {
    /** Tiers in dependency order, each really ready before the next. */
    START,
    /** Tiers in reverse: what depends on others goes down first. */
    STOP;

    /** "start" or "stop". */
    public String verb() {
        return name().toLowerCase();
    }
}
