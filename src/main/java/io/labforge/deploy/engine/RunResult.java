package io.labforge.deploy.engine;

import io.labforge.deploy.event.Outcome;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * How a run went.
 *
 * @param outcome   succeeded, partial, aborted, cancelled or rolled back
 * @param stepsDone steps that finished
 * @param failures  failure messages, in the order they happened (roll back problems included)
 * @param skipped   steps not run (because of a failure, cancellation or stop)
 * @param took      wall-clock time
 * @param addresses reachable address per lab node id, as found
 */
public record RunResult(Outcome outcome, int stepsDone, List<String> failures, int skipped, Duration took,
                        Map<String, String> addresses) {

    public RunResult {
        failures = List.copyOf(failures);
        addresses = Map.copyOf(addresses);
    }

    public boolean succeeded() {
        return outcome == Outcome.SUCCEEDED;
    }
}
