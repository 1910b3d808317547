package io.labforge.sandbox;

import io.labforge.sandbox.auth.Acl;
import io.labforge.sandbox.fault.Faults;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How to start a sandbox. Start from {@link #defaults()} and change what a test needs:
 * {@code SandboxConfig.defaults().withTimeScale(0.01).withFaults(...)}.
 *
 * @param port                 TCP port on loopback, 0 for any free port
 * @param nodes                node names (first node holds the VM templates)
 * @param timeScale            real seconds per simulated second (0.01 runs a 60 s clone in 0.6 s)
 * @param seed                 seed of fault injection, MACs and PIDs
 * @param faults               fault injection rates
 * @param acl                  privileges of the sandbox user and token, by ACL path (propagating)
 * @param storageSlots         disk copies that may run at once per node-local storage before the storage lock
 *                             makes the next one wait (and fail after 10 s)
 * @param ticketLifetime       validity of login tickets (PVE: 2 hours)
 */
public record SandboxConfig(int port, List<String> nodes, double timeScale, long seed, Faults faults, Acl acl,
                            int storageSlots, Duration ticketLifetime) {

    public static final String USER = "labforge@pve";
    public static final String TOKEN_NAME = "sandbox";

    public SandboxConfig {
        nodes = List.copyOf(nodes);
        if (nodes.isEmpty()) {
            throw new IllegalArgumentException("the sandbox needs at least one node");
        }
        for (String n : nodes) {
            if (!n.matches("[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?")) {
                throw new IllegalArgumentException("invalid node name '" + n + "' (letters, digits and inner dashes)");
            }
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        if (!(timeScale > 0)) {
            throw new IllegalArgumentException("time scale must be > 0, got " + timeScale);
        }
    }

    public static SandboxConfig defaults() {
        return new SandboxConfig(0, List.of("pve1"), 1.0, 42L, Faults.NONE, Acl.administrator(), 2, Duration.ofHours(2));
    }

    public SandboxConfig withPort(int p) {
        return new SandboxConfig(p, nodes, timeScale, seed, faults, acl, storageSlots, ticketLifetime);
    }

    public SandboxConfig withNodes(List<String> n) {
        return new SandboxConfig(port, n, timeScale, seed, faults, acl, storageSlots, ticketLifetime);
    }

    public SandboxConfig withTimeScale(double t) {
        return new SandboxConfig(port, nodes, t, seed, faults, acl, storageSlots, ticketLifetime);
    }

    public SandboxConfig withSeed(long s) {
        return new SandboxConfig(port, nodes, timeScale, s, faults, acl, storageSlots, ticketLifetime);
    }

    public SandboxConfig withFaults(Faults f) {
        return new SandboxConfig(port, nodes, timeScale, seed, f, acl, storageSlots, ticketLifetime);
    }

    /** Grants exactly these privileges, on {@code /} (propagating). */
    public SandboxConfig withPrivileges(Set<String> privileges) {
        return withAcl(new Acl(Map.of("/", privileges)));
    }

    public SandboxConfig withAcl(Acl a) {
        return new SandboxConfig(port, nodes, timeScale, seed, faults, a, storageSlots, ticketLifetime);
    }

    public SandboxConfig withStorageSlots(int s) {
        return new SandboxConfig(port, nodes, timeScale, seed, faults, acl, s, ticketLifetime);
    }

    public SandboxConfig withTicketLifetime(Duration d) {
        return new SandboxConfig(port, nodes, timeScale, seed, faults, acl, storageSlots, d);
    }
}
