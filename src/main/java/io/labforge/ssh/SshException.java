package io.labforge.ssh;

/** An SSH operation failed; the message is plain words and never holds a key, passphrase or secret. */
public class SshException extends Exception {

    public SshException(String message) {
        super(message);
    }

    public SshException(String message, Throwable cause) {
        super(message, cause);
    }
}
