package io.labforge.deploy.port;

/**
 * How to tell that a started guest is really up (PITFALLS §6: task OK is not ready).
 *
 * @param mode    what to wait for
 * @param address static address for a TCP probe, {@code null} otherwise
 * @param port    TCP port for a probe
 */
public record ReadyCheck(Mode mode, String address, int port) {

    public enum Mode {
        /** Guest agent answers and reports a global unicast IPv4 address. */
        AGENT,
        /** Container (no agent): running and its interfaces report an address. */
        CONTAINER,
        /** TCP connect to {@code address:port} succeeds (appliances without an agent). */
        TCP,
        /** Only "running": an installer ISO has nothing more to wait for. */
        RUNNING
    }

    public static ReadyCheck agent() {
        return new ReadyCheck(Mode.AGENT, null, 0);
    }

    public static ReadyCheck container() {
        return new ReadyCheck(Mode.CONTAINER, null, 0);
    }

    public static ReadyCheck running() {
        return new ReadyCheck(Mode.RUNNING, null, 0);
    }

    public static ReadyCheck tcp(String address, int port) {
        return new ReadyCheck(Mode.TCP, address, port);
    }
}
