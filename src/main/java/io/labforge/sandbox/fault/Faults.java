package io.labforge.sandbox.fault;

/**
 * Fault injection rates (0..1). All draws come from one seeded generator in request/task order, so a test
 * that sends the same requests in the same order sees the same faults.
 *
 * @param transientErrors  share of requests answered 500/596/599 before the handler runs (nothing applied)
 * @param failedTasks      share of worker tasks that end with an error exitstatus instead of OK
 * @param droppedResponses share of requests whose connection is closed after the handler ran (applied, answer lost)
 * @param slowRequests     share of requests delayed by up to {@code slowSeconds} (simulated seconds)
 * @param slowSeconds      maximum extra delay of a slow request
 */
public record Faults(double transientErrors, double failedTasks, double droppedResponses, double slowRequests, double slowSeconds) {

    public static final Faults NONE = new Faults(0, 0, 0, 0, 0);

    public Faults {
        for (double rate : new double[] {transientErrors, failedTasks, droppedResponses, slowRequests}) {
            if (rate < 0 || rate > 1) {
                throw new IllegalArgumentException("fault rates must lie between 0 and 1, got " + rate);
            }
        }
        if (slowSeconds < 0) {
            throw new IllegalArgumentException("slowSeconds must be ≥ 0");
        }
    }

    /**
     * Parses the CLI form {@code transient=0.05,failed-tasks=0.1,drop=0.02,slow=0.1,slow-seconds=20}.
     *
     * @throws IllegalArgumentException naming the bad entry and the valid keys
     */
    public static Faults parse(String text) {
        double t = 0;
        double f = 0;
        double d = 0;
        double s = 0;
        double sec = 10;
        for (String part : text.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            String[] kv = part.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("fault '" + part + "' needs KEY=VALUE; keys: transient, failed-tasks, drop, slow, slow-seconds");
            }
            double v;
            try {
                v = Double.parseDouble(kv[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("fault '" + kv[0] + "' needs a number, got '" + kv[1] + "'");
            }
            switch (kv[0].trim()) {
                case "transient" -> t = v;
                case "failed-tasks" -> f = v;
                case "drop" -> d = v;
                case "slow" -> s = v;
                case "slow-seconds" -> sec = v;
                default -> throw new IllegalArgumentException("unknown fault '" + kv[0].trim()
                        + "'; keys: transient, failed-tasks, drop, slow, slow-seconds");
            }
        }
        return new Faults(t, f, d, s, sec);
    }
}
