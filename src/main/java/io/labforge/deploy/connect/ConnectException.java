package io.labforge.deploy.connect;

/** The connection could not be resolved; the message says what is missing and how to provide it. */
public class ConnectException extends Exception {

    public ConnectException(String message) {
        super(message);
    }
}
