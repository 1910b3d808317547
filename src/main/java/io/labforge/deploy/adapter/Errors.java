package io.labforge.deploy.adapter;

import io.labforge.deploy.port.ClusterException;
import io.labforge.deploy.port.ClusterException.Failure;
import io.labforge.proxmox.api.AuthenticationFailedException;
import io.labforge.proxmox.api.CertificateRejectedException;
import io.labforge.proxmox.api.LockTimeoutException;
import io.labforge.proxmox.api.NotFoundException;
import io.labforge.proxmox.api.ParameterVerificationException;
import io.labforge.proxmox.api.PermissionDeniedException;
import io.labforge.proxmox.api.ProxmoxException;
import io.labforge.proxmox.api.TransientException;
import io.labforge.proxmox.nodes.tasks.TaskFailedException;

import java.util.Locale;

/** Turns the client's typed errors into the engine's failure kinds (the message stays Proxmox's). */
final class Errors {

    private Errors() {
    }

    static ClusterException map(ProxmoxException e) {
        return new ClusterException(failure(e), e.getMessage(), e);
    }

    static Failure failure(ProxmoxException e) {
        String text = (e.getMessage() + " " + e.serverMessage()).toLowerCase(Locale.ROOT);
        if (e instanceof LockTimeoutException || text.contains("can't lock file") || text.contains("got timeout")
                || text.contains("is locked") || text.contains("lock request timeout")) {
            return Failure.LOCKED;
        }
        if (text.contains("already exists") || text.contains("already defined")) {
            return Failure.ALREADY_EXISTS;
        }
        if (e instanceof NotFoundException || text.contains("does not exist") || text.contains("no such")) {
            return Failure.NOT_FOUND;
        }
        if (e instanceof TransientException || text.contains("got no worker upid")) {
            return Failure.TRANSIENT;
        }
        if (e instanceof PermissionDeniedException || e instanceof AuthenticationFailedException
                || e instanceof CertificateRejectedException) {
            return Failure.FORBIDDEN;
        }
        if (e instanceof ParameterVerificationException) {
            return Failure.INVALID;
        }
        if (e instanceof TaskFailedException) {
            return Failure.TASK_FAILED;
        }
        // no answer at all (connection reset, timeout): the call may or may not have run
        return e.status() == 0 || e.status() == 596 || e.status() == 599 ? Failure.TRANSIENT : Failure.OTHER;
    }

    /** Runs a client call, mapping its failure. */
    static <T> T call(ClientCall<T> call) throws ClusterException {
        try {
            return call.run();
        } catch (ProxmoxException e) {
            throw map(e);
        }
    }

    static void run(ClientAction action) throws ClusterException {
        call(() -> {
            action.run();
            return null;
        });
    }

    @FunctionalInterface
    interface ClientCall<T> {
        T run();
    }

    @FunctionalInterface
    interface ClientAction {
        void run();
    }
}
