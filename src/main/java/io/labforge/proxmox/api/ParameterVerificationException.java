package io.labforge.proxmox.api;

import java.util.Map;

/** HTTP 400: the server rejected parameters; {@link #errors()} maps each parameter to the reason. */
public class ParameterVerificationException extends ProxmoxException {

    private final Map<String, String> errors;

    public ParameterVerificationException(String message, int status, String serverMessage, Map<String, String> errors) {
        super(message, status, serverMessage, null);
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
