package io.labforge.proxmox.nodes.tasks;

/** One log line: {@code n} counts from 1. */
public record TaskLogLine(int n, String t) {
}
