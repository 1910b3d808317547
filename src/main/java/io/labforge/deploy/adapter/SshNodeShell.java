package io.labforge.deploy.adapter;

import io.labforge.deploy.connect.NodeSsh;
import io.labforge.deploy.port.ClusterException;
import io.labforge.deploy.port.ClusterException.Failure;
import io.labforge.deploy.port.NodeShell;
import io.labforge.deploy.port.TaskLog;
import io.labforge.ssh.SshClient;
import io.labforge.ssh.SshException;
import io.labforge.ssh.SshSession;
import io.labforge.ssh.SshTarget;
import io.labforge.ssh.SshTimeoutException;

/**
 * The node shell over SSH: key login as the configured user, the host key checked against
 * known_hosts by {@link SshClient}. One session per call: host steps are few and short, and a
 * fresh login never inherits a half-closed channel.
 */
public final class SshNodeShell implements NodeShell {

    private final SshClient client;
    private final NodeSsh ssh;

    public SshNodeShell(SshClient client, NodeSsh ssh) {
        this.client = client;
        this.ssh = ssh;
    }

    @Override
    public String describe(String node) {
        return ssh.label(node);
    }

    @Override
    public int run(String node, String command, TaskLog output) throws ClusterException {
        try (SshSession session = client.connect(target(node))) {
            return session.exec(command, output::line);
        } catch (SshException e) {
            throw failure(node, e);
        }
    }

    private SshTarget target(String node) {
        return new SshTarget(ssh.hostFor(node), ssh.port(), ssh.user());
    }

    /** A changed or unknown host key is never retried; a timeout or dropped connection may be. */
    private ClusterException failure(String node, SshException e) {
        return new ClusterException(e instanceof SshTimeoutException ? Failure.TRANSIENT : Failure.OTHER, "SSH to " + describe(node) + ": " + e.getMessage(), e);
    }
}
