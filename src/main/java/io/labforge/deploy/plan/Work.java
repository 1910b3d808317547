package io.labforge.deploy.plan;

/** The pieces of work a guest change needs; each becomes one step of the deploy graph. */
public enum Work {
    /** Stop and destroy the existing guest (replace, delete). */
    REMOVE,
    CREATE,
    CONFIGURE,
    RESIZE,
    FIREWALL,
    START,
    PROVISION
}
