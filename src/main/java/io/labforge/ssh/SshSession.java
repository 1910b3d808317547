package io.labforge.ssh;

import com.jcraft.jsch.ChannelExec;
import io.labforge.shell.ShellQuote;
import com.jcraft.jsch.JSchException;
import com.jcraft.jsch.Session;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Deque;
import java.util.function.Consumer;

/**
 * A logged-in SSH session. Commands run through the login user's shell ({@code sh -c}), so every
 * piece of data in a command must be quoted with {@link ShellQuote}; better, upload the data as a
 * file and pass its path.
 */
public final class SshSession implements AutoCloseable {

    private static final long POLL_MS = 20;

    private final Session session;
    private final Session jump;
    private final SshTarget target;
    private final Duration commandTimeout;

    SshSession(Session session, Session jump, SshTarget target, Duration commandTimeout) {
        this.session = session;
        this.jump = jump;
        this.target = target;
        this.commandTimeout = commandTimeout;
    }

    public SshTarget target() {
        return target;
    }

    /**
     * Runs {@code command}, streaming stdout and stderr line by line to {@code output} as they
     * arrive, and returns the exit code.
     */
    public int exec(String command, Consumer<String> output) throws SshException {
        return exec(command, null, output, LineSplitter.newTail());
    }

    /** Like {@link #exec(String, Consumer)}, but a non-zero exit code throws {@link RemoteCommandException}. */
    public void run(String description, String command, Consumer<String> output) throws SshException {
        Deque<String> tail = LineSplitter.newTail();
        int code = exec(command, null, output, tail);
        if (code != 0) {
            throw new RemoteCommandException(description, target.label(), code, LineSplitter.snapshot(tail));
        }
    }

    /**
     * Writes {@code content} to {@code remotePath} with the given mode (e.g. {@code 0640}), through
     * a temporary file and a rename so a half-written file is never in place. Parent directories are
     * created. The content travels on stdin, never on the command line.
     */
    public void upload(byte[] content, String remotePath, int mode) throws SshException {
        String tmp = remotePath + ".labforge-tmp";
        String dir = parentOf(remotePath);
        String command = (dir == null ? "" : "mkdir -p -- " + ShellQuote.quote(dir) + " && ")
                + "umask 077 && cat > " + ShellQuote.quote(tmp)
                + " && chmod " + Integer.toOctalString(mode) + " " + ShellQuote.quote(tmp)
                + " && mv -f -- " + ShellQuote.quote(tmp) + " " + ShellQuote.quote(remotePath);
        Deque<String> tail = LineSplitter.newTail();
        int code = exec(command, content, line -> { }, tail);
        if (code != 0) {
            throw new RemoteCommandException("upload of " + remotePath, target.label(), code, LineSplitter.snapshot(tail));
        }
    }

    /**
     * Runs {@code command} and returns its standard output byte for byte. Nothing of it is streamed,
     * logged or put in an error (it may be a secret); a non-zero exit throws with the stderr lines.
     */
    public byte[] capture(String description, String command) throws SshException {
        java.io.ByteArrayOutputStream stdout = new java.io.ByteArrayOutputStream();
        Deque<String> tail = LineSplitter.newTail();
        int code = exec(command, null, (Sink) (buf, len) -> stdout.write(buf, 0, len), new LineSplitter(line -> { }, tail));
        if (code != 0) {
            throw new RemoteCommandException(description, target.label(), code, LineSplitter.snapshot(tail));
        }
        return stdout.toByteArray();
    }

    private int exec(String command, byte[] stdin, Consumer<String> output, Deque<String> tail) throws SshException {
        return exec(command, stdin, new LineSplitter(output, tail), new LineSplitter(output, tail));
    }

    private int exec(String command, byte[] stdin, Sink out, Sink err) throws SshException {
        ChannelExec channel;
        try {
            channel = (ChannelExec) session.openChannel("exec");
        } catch (JSchException e) {
            throw new SshException("lost the SSH session to " + target.label() + ": " + e.getMessage(), e);
        }
        try {
            channel.setCommand(command);
            InputStream stdout = channel.getInputStream();
            InputStream stderr = channel.getErrStream();
            OutputStream in = stdin == null ? null : channel.getOutputStream();
            channel.connect((int) Math.min(Integer.MAX_VALUE, commandTimeout.toMillis()));
            if (in != null) {
                in.write(stdin);
                in.close();
            }
            pump(channel, new StreamPump(stdout, out), new StreamPump(stderr, err), commandTimeout);
            return channel.getExitStatus();
        } catch (JSchException | IOException e) {
            throw new SshException("remote command on " + target.label() + " broke off: " + e.getMessage(), e);
        } finally {
            channel.disconnect();
        }
    }

    private void pump(ChannelExec channel, StreamPump out, StreamPump err, Duration timeout) throws IOException, SshException {
        long deadline = System.nanoTime() + timeout.toNanos();
        byte[] buf = new byte[8192];
        while (true) {
            boolean moved = out.drain(buf) | err.drain(buf);
            if (channel.isClosed() && !out.hasMore() && !err.hasMore()) {
                out.finish();
                err.finish();
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new SshTimeoutException("remote command on " + target.label() + " did not finish within "
                        + timeout.toSeconds() + " s; the channel was closed");
            }
            if (!moved) {
                sleep();
            }
        }
    }

    private static void sleep() throws SshException {
        try {
            Thread.sleep(POLL_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SshException("remote command cancelled");
        }
    }

    private static String parentOf(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? null : path.substring(0, slash);
    }

    public boolean isConnected() {
        return session.isConnected();
    }

    @Override
    public void close() {
        session.disconnect();
        if (jump != null) {
            jump.disconnect();
        }
    }

    /** Where the bytes of one stream go. */
    interface Sink {
        void accept(byte[] buf, int len);

        default void finish() {
        }
    }

    /** Non-blocking reads of one channel stream. */
    private static final class StreamPump {
        private final InputStream in;
        private final Sink lines;

        StreamPump(InputStream in, Sink lines) {
            this.in = in;
            this.lines = lines;
        }

        boolean drain(byte[] buf) throws IOException {
            boolean any = false;
            while (in.available() > 0) {
                int n = in.read(buf, 0, buf.length);
                if (n < 0) {
                    break;
                }
                lines.accept(buf, n);
                any = true;
            }
            return any;
        }

        boolean hasMore() throws IOException {
            return in.available() > 0;
        }

        void finish() {
            lines.finish();
        }
    }
}
