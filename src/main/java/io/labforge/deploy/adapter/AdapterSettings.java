package io.labforge.deploy.adapter;

import java.time.Duration;

/**
 * Timing of the adapter's own waits.
 *
 * @param lockTimeout  how long to wait for a guest's config lock to clear after a create
 * @param pollInterval pause between readiness checks
 * @param defaultStorage storage for new disks when the lab names none
 */
public record AdapterSettings(Duration lockTimeout, Duration pollInterval, String defaultStorage) {

    public static final AdapterSettings DEFAULT = new AdapterSettings(Duration.ofMinutes(5), Duration.ofSeconds(2), "local-lvm");
}
