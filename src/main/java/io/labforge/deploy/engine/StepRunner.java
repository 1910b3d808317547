package io.labforge.deploy.engine;

import io.labforge.deploy.ProvisioningException;
import io.labforge.deploy.event.DeployEvent;
import io.labforge.deploy.journal.Journal;
import io.labforge.deploy.journal.JournalEntry;
import io.labforge.deploy.journal.Redaction;
import io.labforge.deploy.port.ClusterException;
import io.labforge.deploy.port.TaskLog;

import java.time.Duration;
import java.time.Instant;

/**
 * Runs one step: journals it before and after, streams its log lines as events, retries transient
 * failures and lock timeouts with backoff, and re-checks before retrying a call that may have
 * happened anyway.
 */
final class StepRunner {

    private final RunContext ctx;
    private final StepActions actions;

    StepRunner(RunContext ctx) {
        this.ctx = ctx;
        this.actions = new StepActions(ctx);
    }

    /** Runs {@code s}; {@code earlierAttempts} counts tries already made in earlier rounds. */
    void run(Step s, int earlierAttempts) throws StepFailedException, InterruptedException {
        Instant started = ctx.now();
        ctx.journal(Journal.entry(JournalEntry.STEP_STARTED).resource(s.resource()).step(s.id()));
        ctx.emit(new DeployEvent.StepStarted(started, s.id(), s.resource(), title(s)));
        TaskLog log = line -> ctx.emit(new DeployEvent.LogLine(ctx.now(), s.id(), s.resource(), Redaction.redact(line)));
        int limit = ctx.settings.retry().attempts();
        for (int attempt = 1; ; attempt++) {
            try {
                if (attempt > 1 && actions.alreadyDone(s)) {
                    log.line("already done by the earlier attempt");
                } else {
                    actions.execute(s, log);
                }
                ctx.journal(Journal.entry(JournalEntry.STEP_DONE).resource(s.resource()).step(s.id()));
                ctx.emit(new DeployEvent.StepFinished(ctx.now(), s.id(), s.resource(), Duration.between(started, ctx.now())));
                return;
            } catch (ClusterException e) {
                boolean again = e.isRetryable() && attempt < limit;
                fail(s, message(s, e), earlierAttempts + attempt, again);
                if (!again) {
                    throw new StepFailedException(message(s, e));
                }
                ctx.settings.sleeper().sleep(ctx.settings.retry().backoff(attempt));
            } catch (ProvisioningException e) {
                fail(s, message(s, e), earlierAttempts + attempt, false);
                throw new StepFailedException(message(s, e));
            } catch (RuntimeException e) {
                // a bug or an unexpected answer: report it as this step's failure, not as a crash
                String m = "unable to " + title(s) + ": " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
                fail(s, m, earlierAttempts + attempt, false);
                throw new StepFailedException(m);
            }
        }
    }

    private void fail(Step s, String message, int attempt, boolean willRetry) {
        String clean = Redaction.redact(message);
        ctx.journal(Journal.entry(JournalEntry.STEP_FAILED).resource(s.resource()).step(s.id()).message(clean));
        ctx.emit(new DeployEvent.StepFailed(ctx.now(), s.id(), s.resource(), clean, attempt, willRetry));
    }

    private static String message(Step s, Exception e) {
        return "unable to " + title(s) + ": " + e.getMessage();
    }

    static String title(Step s) {
        String r = s.resource();
        return switch (s.kind()) {
            case POOL -> "create pool " + r;
            case BRIDGE -> "create bridge " + StepActions.bridgeName(r) + " on " + s.node();
            case NETWORK_APPLY -> "apply network changes on " + s.node();
            case RESERVE -> "reserve a VMID for " + r;
            case CREATE -> "create " + r + " on " + s.node();
            case CONFIGURE -> "configure " + r;
            case RESIZE -> "resize the disk of " + r;
            case FIREWALL -> "set firewall rules of " + r;
            case START -> "start " + r;
            case WAIT_READY -> "wait until " + r + " is ready";
            case PROVISION -> "provision " + r;
            case VERIFY -> "verify " + r;
            case STOP -> "stop " + r;
            case DELETE -> "delete " + r;
            case BRIDGE_DELETE -> "delete bridge " + StepActions.bridgeName(r) + " on " + s.node();
            case POOL_DELETE -> "delete pool " + r;
            case SDN_ZONE, SDN_VNET, SDN_SUBNET, SDN_APPLY, SDN_SUBNET_DELETE, SDN_VNET_DELETE, SDN_ZONE_DELETE -> SdnActions.title(s);
            case HOST -> "run host step " + r;
            case HOST_REMOVE -> "undo host step " + r;
        };
    }
}
