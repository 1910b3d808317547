package io.labforge.cli;

import io.labforge.deploy.event.DeployEvent;
import io.labforge.deploy.event.DeployListener;
import io.labforge.deploy.event.ResourceState;

import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;

/** Live progress lines for people: steps, failures, addresses; Proxmox task log lines with {@code --log}. */
final class ProgressPrinter implements DeployListener {

    private final PrintWriter out;
    private final boolean taskLog;
    private final Instant start = Instant.now();
    private final java.util.Map<String, String> shownAddress = new java.util.HashMap<>();

    ProgressPrinter(PrintWriter out, boolean taskLog) {
        this.out = out;
        this.taskLog = taskLog;
    }

    @Override
    public synchronized void on(DeployEvent e) {
        String line = null;
        if (e instanceof DeployEvent.StepStarted s) {
            line = s.title() + " ...";
        } else if (e instanceof DeployEvent.StepFinished s) {
            line = "done  " + s.step() + " (" + seconds(s.took()) + ")";
        } else if (e instanceof DeployEvent.StepFailed s) {
            line = (s.willRetry() ? "retry " : "FAIL  ") + s.step() + ": " + s.message()
                    + (s.willRetry() ? " (attempt " + s.attempt() + ")" : "");
        } else if (e instanceof DeployEvent.LogLine l && taskLog) {
            line = "      " + l.resource() + " | " + l.line();
        } else if (e instanceof DeployEvent.ResourceStatus r && r.address() != null && r.state() == ResourceState.READY
                && !r.address().equals(shownAddress.put(r.resource(), r.address()))) {
            line = "ready " + r.resource() + " at " + r.address();
        } else if (e instanceof DeployEvent.RunFinished r) {
            line = "finished: " + r.outcome().name().toLowerCase().replace('_', ' ') + ", " + r.summary() + " in " + seconds(r.took());
        }
        if (line != null) {
            out.printf("[%6s] %s%n", seconds(Duration.between(start, Instant.now())), line);
            out.flush();
        }
    }

    private static String seconds(Duration d) {
        return String.format("%.1fs", d.toMillis() / 1000.0);
    }
}
