package io.labforge.deploy.adapter;

import io.labforge.deploy.port.ClusterException;
import io.labforge.deploy.port.ClusterException.Failure;
import io.labforge.deploy.port.NodeShell;
import io.labforge.deploy.port.TaskLog;
import io.labforge.sandbox.host.SandboxHosts;
import io.labforge.sandbox.host.UnsupportedShellException;

/** The node shell of the built-in sandbox: its simulated root shells, reached in-process. */
public final class SandboxNodeShell implements NodeShell {

    private final SandboxHosts hosts;

    public SandboxNodeShell(SandboxHosts hosts) {
        this.hosts = hosts;
    }

    @Override
    public String describe(String node) {
        return "root@" + node + " (sandbox)";
    }

    @Override
    public int run(String node, String command, TaskLog output) throws ClusterException {
        try {
            SandboxHosts.Result r = hosts.run(node, command);
            (r.stdout() + r.stderr()).lines().forEach(output::line);
            return r.status();
        } catch (UnsupportedShellException e) {
            throw new ClusterException(Failure.OTHER, e.getMessage(), e);
        }
    }
}
