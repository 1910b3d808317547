package io.labforge.app;

import io.labforge.deploy.adapter.SandboxNodeShell;
import io.labforge.deploy.adapter.SshNodeShell;
import io.labforge.deploy.connect.ConnectException;
import io.labforge.deploy.connect.ConnectionProfile;
import io.labforge.deploy.connect.NodeSsh;
import io.labforge.deploy.port.NodeShell;
import io.labforge.sandbox.Sandbox;
import io.labforge.ssh.HostKeyDecision;
import io.labforge.ssh.SshClient;
import io.labforge.ssh.SshIdentity;
import io.labforge.ssh.SshOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Picks the shell on the Proxmox nodes a deploy's host steps use: SSH when configured (the command
 * line's {@code --node-ssh}, else the profile's {@code nodeSsh}), the simulated shells of a sandbox
 * serving in this process, else none (the plan then says what will not be done).
 */
public final class NodeShells {

    /** Keys tried, in order, when no node SSH key is given (OpenSSH's defaults). */
    static final List<String> DEFAULT_KEYS = List.of(".ssh/id_ed25519", ".ssh/id_ecdsa", ".ssh/id_rsa");

    private NodeShells() {
    }

    /**
     * @param spec       {@code --node-ssh} value, {@code null}: the profile's
     * @param key        private key, {@code null}: the first of {@link #DEFAULT_KEYS} that exists
     * @param knownHosts checked strictly; an unknown node key goes to {@code decision}
     */
    public static Optional<NodeShell> of(ConnectionProfile profile, String spec, Path key, Path knownHosts,
                                         HostKeyDecision decision) throws ConnectException {
        String chosen = spec != null ? spec : profile.nodeSsh();
        if (chosen == null) {
            return sandbox(profile.url());
        }
        NodeSsh ssh = NodeSsh.parse(chosen, profile.url(), profile.node());
        Path identity = key != null ? key : defaultKey().orElseThrow(() -> new ConnectException("node SSH " + chosen
                + " needs a private key: none of ~/" + String.join(", ~/", DEFAULT_KEYS) + " exists; pass --node-ssh-key PATH"));
        if (!Files.isReadable(identity) || Files.isDirectory(identity)) {
            throw new ConnectException("node SSH key " + identity + " is not a readable file");
        }
        return Optional.of(new SshNodeShell(new SshClient(SshIdentity.of(identity), SshOptions.of(knownHosts, decision)), ssh));
    }

    /** The simulated node shells of the sandbox serving at {@code url} in this process, if there is one. */
    public static Optional<NodeShell> sandbox(String url) {
        return Sandbox.inProcess(url).map(s -> new SandboxNodeShell(s.hosts()));
    }

    private static Optional<Path> defaultKey() {
        Path home = Path.of(System.getProperty("user.home"));
        return DEFAULT_KEYS.stream().map(home::resolve).filter(Files::isReadable).findFirst();
    }
}
