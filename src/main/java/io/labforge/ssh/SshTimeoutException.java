package io.labforge.ssh;

/** Connecting or a remote command took longer than allowed. */
public final class SshTimeoutException extends SshException {

    SshTimeoutException(String message) {
        super(message);
    }
}
