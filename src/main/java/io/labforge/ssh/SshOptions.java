package io.labforge.ssh;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How sessions connect.
 *
 * @param knownHosts     the known_hosts file checked strictly (created, mode 0600, when missing)
 * @param decision       asked for a host not yet in known_hosts
 * @param connectTimeout for the TCP connect and the SSH handshake
 * @param commandTimeout longest a single remote command may run
 */
public record SshOptions(Path knownHosts, HostKeyDecision decision, Duration connectTimeout, Duration commandTimeout) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(15);
    public static final Duration DEFAULT_COMMAND_TIMEOUT = Duration.ofMinutes(20);

    public SshOptions {
        Objects.requireNonNull(knownHosts, "knownHosts");
        decision = decision == null ? HostKeyDecision.REJECT : decision;
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        commandTimeout = commandTimeout == null ? DEFAULT_COMMAND_TIMEOUT : commandTimeout;
    }

    public static SshOptions of(Path knownHosts, HostKeyDecision decision) {
        return new SshOptions(knownHosts, decision, null, null);
    }

    public SshOptions withCommandTimeout(Duration timeout) {
        return new SshOptions(knownHosts, decision, connectTimeout, timeout);
    }

    public SshOptions withConnectTimeout(Duration timeout) {
        return new SshOptions(knownHosts, decision, timeout, commandTimeout);
    }
}
