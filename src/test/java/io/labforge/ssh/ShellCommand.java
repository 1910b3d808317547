package io.labforge.ssh;

import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/** Runs the exec request through a real {@code /bin/sh -c}, as OpenSSH does with the login shell. */
final class ShellCommand implements Command {

    private final String command;
    private final Path home;
    private final Consumer<String> seen;
    private InputStream in;
    private OutputStream out;
    private OutputStream err;
    private ExitCallback exit;
    private Process process;

    private final java.util.Map<String, String> env;

    ShellCommand(String command, Path home, Consumer<String> seen) {
        this(command, home, seen, java.util.Map.of());
    }

    ShellCommand(String command, Path home, Consumer<String> seen, java.util.Map<String, String> env) {
        this.command = command;
        this.home = home;
        this.seen = seen;
        this.env = env;
    }

    @Override
    public void start(ChannelSession channel, Environment env) throws IOException {
        seen.accept(command);
        ProcessBuilder pb = new ProcessBuilder(List.of("/bin/sh", "-c", command)).directory(home.toFile());
        pb.environment().putAll(this.env);
        process = pb.start();
        Thread feed = new Thread(() -> copy(in, process.getOutputStream(), true), "sh-stdin");
        Thread o = new Thread(() -> copy(process.getInputStream(), out, false), "sh-stdout");
        Thread e = new Thread(() -> copy(process.getErrorStream(), err, false), "sh-stderr");
        feed.setDaemon(true);
        feed.start();
        o.start();
        e.start();
        Thread waiter = new Thread(() -> {
            try {
                int code = process.waitFor();
                o.join();
                e.join();
                exit.onExit(code);
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            }
        }, "sh-wait");
        waiter.setDaemon(true);
        waiter.start();
    }

    private static void copy(InputStream from, OutputStream to, boolean closeTarget) {
        byte[] buf = new byte[8192];
        try {
            int n;
            while ((n = from.read(buf)) >= 0) {
                to.write(buf, 0, n);
                to.flush();
            }
        } catch (IOException ignored) {
            // the other side went away; the exit callback reports what happened
        } finally {
            if (closeTarget) {
                try {
                    to.close();
                } catch (IOException ignored) {
                    // already closed
                }
            }
        }
    }

    @Override
    public void destroy(ChannelSession channel) {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        this.err = err;
    }
}
