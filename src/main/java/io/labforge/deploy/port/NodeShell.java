package io.labforge.deploy.port;

/**
 * A root shell on a Proxmox node, for what the API cannot do (NAT rules). Over SSH
 * for a real cluster, simulated for the sandbox. Commands are complete POSIX shell lines built by
 * Labforge with every piece of lab data quoted; they never carry secrets.
 */
public interface NodeShell {

    /** Where commands for {@code node} go, for plans and messages, e.g. {@code root@192.168.1.10:22}. */
    String describe(String node);

    /**
     * Runs {@code command} on {@code node}, streaming its output lines to {@code output}, and returns
     * its exit status (a check command answers with it).
     *
     * @throws ClusterException when the node cannot be reached or the login fails
     */
    int run(String node, String command, TaskLog output) throws ClusterException;
}
