package io.labforge.sandbox.resource;

import java.util.Map;

/** An error answer shaped like PVE's: status, message (also the reason phrase) and optional per-parameter errors. */
public final class ApiException extends RuntimeException {

    private final int status;
    private final transient Map<String, String> errors;

    public ApiException(int status, String message, Map<String, String> errors) {
        super(message, null, false, false);
        this.status = status;
        this.errors = Map.copyOf(errors);
    }

    /** A runtime failure: PVE answers almost every one of them with 500 and the message. */
    public static ApiException fail(String message) {
        return new ApiException(500, message, Map.of());
    }

    /** A 400 for one parameter, as PVE's "Parameter verification failed." answers. */
    public static ApiException param(String name, String why) {
        return new ApiException(400, "Parameter verification failed.", Map.of(name, why));
    }

    public static ApiException forbidden(String path, String privilege) {
        return new ApiException(403, "Permission check failed (" + path + ", " + privilege + ")", Map.of());
    }

    /** PVE's answer for a missing guest: 500, not 404. */
    public static ApiException noConfig(String node, String dir, int vmid) {
        return fail("Configuration file 'nodes/" + node + "/" + dir + "/" + vmid + ".conf' does not exist");
    }

    public int status() {
        return status;
    }

    public Map<String, String> errors() {
        return errors;
    }
}
