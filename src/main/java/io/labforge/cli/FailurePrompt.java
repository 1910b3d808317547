package io.labforge.cli;

import io.labforge.deploy.engine.Decision;
import io.labforge.deploy.engine.FailurePolicy;
import io.labforge.deploy.engine.StepFailure;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;

/** Asks the user what to do about a failed step: retry, continue, roll back or abort. */
final class FailurePrompt implements FailurePolicy {

    private final BufferedReader in;
    private final PrintWriter out;

    FailurePrompt(BufferedReader in, PrintWriter out) {
        this.in = in;
        this.out = out;
    }

    /** The policy for {@code --on-failure}: {@code ask} prompts, the others answer every failure the same way. */
    static FailurePolicy of(String choice, BufferedReader in, PrintWriter out) {
        return switch (choice) {
            case "ask" -> new FailurePrompt(in, out);
            case "retry" -> FailurePolicy.retryThen(3, Decision.ABORT);
            case "continue" -> FailurePolicy.always(Decision.CONTINUE);
            case "rollback" -> FailurePolicy.always(Decision.ROLL_BACK);
            default -> FailurePolicy.always(Decision.ABORT);
        };
    }

    @Override
    public Decision decide(StepFailure failure) {
        out.println();
        out.println("Step " + failure.step().id() + " failed: " + failure.message());
        while (true) {
            out.print("[r]etry, [c]ontinue without it, roll [b]ack this run, or [a]bort? ");
            out.flush();
            String answer;
            try {
                answer = in.readLine();
            } catch (IOException e) {
                return Decision.ABORT;
            }
            if (answer == null) {
                return Decision.ABORT;
            }
            switch (answer.strip().toLowerCase()) {
                case "r", "retry" -> { return Decision.RETRY; }
                case "c", "continue" -> { return Decision.CONTINUE; }
                case "b", "rollback", "roll back" -> { return Decision.ROLL_BACK; }
                case "a", "abort" -> { return Decision.ABORT; }
                default -> out.println("Please answer r, c, b or a.");
            }
        }
    }
}
