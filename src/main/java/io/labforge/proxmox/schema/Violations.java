package io.labforge.proxmox.schema;

import java.util.Map;
import java.util.TreeMap;

/**
 * The outcome of checking one request against the API schema, shaped like PVE's answers:
 * an unknown path or method is PVE's 501, parameter problems its 400 with a per-parameter {@code errors} map.
 *
 * @param problem what kind of violation, {@link Problem#NONE} when the request is valid
 * @param message PVE's message line (reason phrase), empty when valid
 * @param errors  parameter name to PVE-style error text; empty unless {@code problem == PARAMETERS}
 */
public record Violations(Problem problem, String message, Map<String, String> errors) {

    /** Kinds of violation, in the order the server detects them. */
    public enum Problem { NONE, UNKNOWN_PATH, METHOD_NOT_ALLOWED, PARAMETERS }

    public static final String PARAMETER_MESSAGE = "Parameter verification failed.";

    public Violations {
        errors = Map.copyOf(errors);
    }

    static Violations none() {
        return new Violations(Problem.NONE, "", Map.of());
    }

    static Violations notImplemented(Problem problem, String method, String path) {
        return new Violations(problem, "Method '" + method + " " + path + "' not implemented", Map.of());
    }

    static Violations ofErrors(Map<String, String> errors) {
        return errors.isEmpty() ? none() : new Violations(Problem.PARAMETERS, PARAMETER_MESSAGE, new TreeMap<>(errors));
    }

    public boolean ok() {
        return problem == Problem.NONE;
    }

    /** HTTP status PVE answers with for this violation (200 when valid). */
    public int httpStatus() {
        return switch (problem) {
            case NONE -> 200;
            case UNKNOWN_PATH, METHOD_NOT_ALLOWED -> 501;
            case PARAMETERS -> 400;
        };
    }

    @Override
    public String toString() {
        return ok() ? "ok" : message + (errors.isEmpty() ? "" : " " + new TreeMap<>(errors));
    }
}
