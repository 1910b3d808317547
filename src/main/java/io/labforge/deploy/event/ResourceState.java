package io.labforge.deploy.event;

/** What a resource is going through, for status badges and progress rows. */
public enum ResourceState {
    PENDING, CREATING, CONFIGURING, STARTING, WAITING, PROVISIONING, READY, DELETING, DELETED, FAILED, STOPPING, STOPPED
}
