package io.labforge.ssh;

import java.util.Objects;

/** Where to log in: host (name or address), port and user. */
public record SshTarget(String host, int port, String user) {

    public static final int DEFAULT_PORT = 22;

    public SshTarget {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("SSH port out of range: " + port);
        }
    }

    public static SshTarget of(String user, String host) {
        return new SshTarget(host, DEFAULT_PORT, user);
    }

    /** {@code user@host:port}, for messages. */
    public String label() {
        return user + "@" + host + (port == DEFAULT_PORT ? "" : ":" + port);
    }

    /** The name known_hosts files use for this host: {@code host} or {@code [host]:port}. */
    public String knownHostsName() {
        return port == DEFAULT_PORT ? host : "[" + host + "]:" + port;
    }
}
