package io.labforge.ssh;

import com.jcraft.jsch.JSch;
import com.jcraft.jsch.JSchChangedHostKeyException;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.JSchUnknownHostKeyException;
import com.jcraft.jsch.Session;

import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Opens SSH sessions: public-key authentication only, strict known_hosts checking with a
 * first-use question, optional hop through a bastion host.
 */
public final class SshClient {

    private final SshIdentity identity;
    private final SshOptions options;

    public SshClient(SshIdentity identity, SshOptions options) {
        this.identity = identity;
        this.options = options;
    }

    public SshOptions options() {
        return options;
    }

    /** Logs in to {@code target} directly. */
    public SshSession connect(SshTarget target) throws SshException {
        return connect(target, Optional.empty());
    }

    /** Logs in to {@code target}, through {@code bastion} when given (both host keys are checked). */
    public SshSession connect(SshTarget target, Optional<SshTarget> bastion) throws SshException {
        JSch jsch = newJsch();
        Session jump = null;
        if (bastion.isPresent()) {
            jump = open(jsch, bastion.get(), null);
        }
        try {
            Session session = open(jsch, target, jump == null ? null : new JumpProxy(jump));
            return new SshSession(session, jump, target, options.commandTimeout());
        } catch (SshException e) {
            if (jump != null) {
                jump.disconnect();
            }
            throw e;
        }
    }

    private JSch newJsch() throws SshException {
        JSch jsch = new JSch();
        try {
            ensureKnownHostsFile(options.knownHosts());
            jsch.setKnownHosts(options.knownHosts().toString());
            jsch.addIdentity(identity.privateKey().toString(), identity.passphrase());
        } catch (JSchException e) {
            // JSch's message may name the file; it never holds the key's content.
            throw new SshException("cannot use the SSH key " + identity.privateKey() + ": " + e.getMessage());
        } catch (IOException e) {
            throw new SshException("cannot use the known_hosts file " + options.knownHosts() + ": " + e.getMessage(), e);
        }
        return jsch;
    }

    private Session open(JSch jsch, SshTarget target, JumpProxy proxy) throws SshException {
        TrustOnFirstUse hostKeys = new TrustOnFirstUse(jsch.getHostKeyRepository(), options.decision());
        int timeoutMs = (int) Math.min(Integer.MAX_VALUE, options.connectTimeout().toMillis());
        Session session;
        try {
            session = jsch.getSession(target.user(), target.host(), target.port());
        } catch (JSchException e) {
            throw new SshException("cannot connect to " + target.label() + ": " + e.getMessage(), e);
        }
        session.setHostKeyRepository(hostKeys);
        session.setConfig("StrictHostKeyChecking", "yes");
        session.setConfig("HashKnownHosts", "no");
        session.setConfig("PreferredAuthentications", "publickey");
        if (proxy != null) {
            session.setProxy(proxy);
        }
        try {
            session.setServerAliveInterval(15_000);
            session.connect(timeoutMs);
            return session;
        } catch (JSchChangedHostKeyException e) {
            UnknownHostKey seen = hostKeys.lastSeen();
            throw new HostKeyException("the host key of " + target.knownHostsName() + " has CHANGED"
                    + (seen == null ? "" : " (it now presents " + seen.type() + " " + seen.fingerprint() + ")")
                    + "; refusing to connect, someone may be intercepting the connection. If the host was rebuilt,"
                    + " remove its line from " + options.knownHosts() + " and connect again", true);
        } catch (JSchUnknownHostKeyException e) {
            UnknownHostKey seen = hostKeys.lastSeen();
            throw new HostKeyException("the host key of " + target.knownHostsName()
                    + (seen == null ? "" : " (" + seen.type() + " " + seen.fingerprint() + ")")
                    + " is not in " + options.knownHosts() + " and was not trusted; refusing to connect", false);
        } catch (JSchException e) {
            throw translate(target, e, timeoutMs);
        }
    }

    private static SshException translate(SshTarget target, JSchException e, int timeoutMs) {
        Throwable cause = e.getCause();
        String msg = String.valueOf(e.getMessage());
        if (cause instanceof SocketTimeoutException || msg.contains("timeout")) {
            return new SshTimeoutException("connecting to " + target.label() + " timed out after " + timeoutMs + " ms");
        }
        if (cause instanceof ConnectException) {
            return new SshException("cannot connect to " + target.label() + ": connection refused");
        }
        if (cause instanceof UnknownHostException) {
            return new SshException("cannot connect to " + target.label() + ": unknown host");
        }
        if (msg.contains("Auth fail") || msg.contains("auth")) {
            return new SshException("the server " + target.label() + " did not accept the SSH key (public-key authentication failed)");
        }
        return new SshException("cannot connect to " + target.label() + ": " + msg, e);
    }

    private static void ensureKnownHostsFile(Path file) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.createFile(file);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the user's profile directory is already private.
        }
    }
}
