package io.labforge.sandbox.host;

/** A command line the sandbox's node shell does not simulate; the message says what it does simulate. */
public final class UnsupportedShellException extends RuntimeException {

    public UnsupportedShellException(String message) {
        super(message);
    }
}
