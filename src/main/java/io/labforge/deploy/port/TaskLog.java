package io.labforge.deploy.port;

/** Receives the lines of a Proxmox task log (or any progress text) while a call runs. */
@FunctionalInterface
public interface TaskLog {

    TaskLog NONE = line -> { };

    void line(String text);
}
