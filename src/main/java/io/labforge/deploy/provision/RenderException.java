package io.labforge.deploy.provision;

/** The lab cannot be turned into files: the message names the node and the setting, and what would be right. */
public final class RenderException extends RuntimeException {

    public RenderException(String message) {
        super(message);
    }
}
