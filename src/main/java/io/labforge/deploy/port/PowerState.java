package io.labforge.deploy.port;

/** Power state as Proxmox reports it. */
public enum PowerState {
    RUNNING, STOPPED, UNKNOWN
}
