package io.labforge.ssh;

import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.util.net.SshdSocketAddress;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.config.keys.AuthorizedKeysAuthenticator;
import org.apache.sshd.server.forward.ForwardingFilter;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.forward.TcpForwardingFilter;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** An in-process SSH server whose exec requests run in a real shell, with a client key pair. */
public final class MinaServer implements AutoCloseable {

    final SshServer sshd;
    final KeyPair hostKey;
    final Path dir;
    public final Path clientKey;
    public final Path knownHosts;
    public final List<String> commands = new CopyOnWriteArrayList<>();
    final List<String> tunnels = new CopyOnWriteArrayList<>();

    private MinaServer(Path dir, boolean allowTunnels) throws Exception {
        this(dir, allowTunnels, java.util.Map.of());
    }

    private MinaServer(Path dir, boolean allowTunnels, java.util.Map<String, String> env) throws Exception {
        this.dir = dir;
        Files.createDirectories(dir);
        this.clientKey = dir.resolve("id_ecdsa");
        this.knownHosts = dir.resolve("known_hosts");
        if (!Files.exists(clientKey)) {
            com.jcraft.jsch.KeyPair kp = com.jcraft.jsch.KeyPair.genKeyPair(new com.jcraft.jsch.JSch(), com.jcraft.jsch.KeyPair.ECDSA, 256);
            kp.writePrivateKey(clientKey.toString());
            try (OutputStream o = Files.newOutputStream(dir.resolve("authorized_keys"))) {
                kp.writePublicKey(o, "test");
            }
        }
        this.hostKey = newHostKey();
        sshd = SshServer.setUpDefaultServer();
        sshd.setHost("127.0.0.1");
        sshd.setPort(0);
        sshd.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        sshd.setPublickeyAuthenticator(new AuthorizedKeysAuthenticator(dir.resolve("authorized_keys")));
        sshd.setPasswordAuthenticator(null);
        sshd.setKeyboardInteractiveAuthenticator(null);
        Path home = Files.createDirectories(dir.resolve("home"));
        sshd.setCommandFactory((channel, command) -> new ShellCommand(command, home, commands::add, env));
        sshd.setForwardingFilter(allowTunnels ? recordingFilter() : RejectAllForwardingFilter.INSTANCE);
        sshd.start();
    }

    /** A server sharing the client key files in {@code dir}. */
    public static MinaServer start(Path dir) throws Exception {
        return new MinaServer(dir, false);
    }

    /** A server whose shell runs with {@code env} added to its environment (e.g. a PATH with stand-in tools). */
    public static MinaServer start(Path dir, java.util.Map<String, String> env) throws Exception {
        return new MinaServer(dir, false, env);
    }

    public static MinaServer startBastion(Path dir) throws Exception {
        return new MinaServer(dir, true);
    }

    static KeyPair newHostKey() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
        g.initialize(256);
        return g.generateKeyPair();
    }

    private ForwardingFilter recordingFilter() {
        TcpForwardingFilter tcp = new TcpForwardingFilter() {
            @Override
            public boolean canListen(SshdSocketAddress address, org.apache.sshd.common.session.Session session) {
                return false;
            }

            @Override
            public boolean canConnect(Type type, SshdSocketAddress address, org.apache.sshd.common.session.Session session) {
                tunnels.add(address.getHostName() + ":" + address.getPort());
                return true;
            }
        };
        return ForwardingFilter.asForwardingFilter(null, null, tcp);
    }

    public int port() {
        return sshd.getPort();
    }

    public Path home() {
        return dir.resolve("home");
    }

    public SshTarget target() {
        return new SshTarget("127.0.0.1", port(), "labforge");
    }

    /** known_hosts line for this server, as OpenSSH writes it. */
    String knownHostsLine() {
        return "[127.0.0.1]:" + port() + " " + PublicKeyEntry.toString(hostKey.getPublic());
    }

    public void trustInKnownHosts() throws IOException {
        Files.writeString(knownHosts, knownHostsLine() + "\n",
                java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
    }

    public SshClient client(HostKeyDecision decision) {
        return new SshClient(SshIdentity.of(clientKey), SshOptions.of(knownHosts, decision));
    }

    @Override
    public void close() throws IOException {
        sshd.stop(true);
    }
}
