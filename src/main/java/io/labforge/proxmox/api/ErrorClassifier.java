package io.labforge.proxmox.api;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Turns an HTTP error or an I/O failure into the matching typed exception. PVE reports most runtime
 * failures as 500 with a telling text (a missing guest is "Configuration file ... does not exist", not
 * 404), so classification looks at the words as well as the status.
 */
final class ErrorClassifier {

    private static final Set<Integer> PROXY_FAILURES = Set.of(502, 503, 504, 595, 596, 597, 599);

    private ErrorClassifier() {
    }

    static ProxmoxException fromResponse(String action, int status, String reason, String bodyMessage,
                                         Map<String, String> errors, Redactor redactor) {
        String text = redactor.clean(firstNonBlank(bodyMessage, reason, "no message").strip());
        Map<String, String> cleanErrors = new TreeMap<>();
        errors.forEach((k, v) -> cleanErrors.put(k, redactor.clean(v.strip())));
        StringBuilder msg = new StringBuilder("Unable to ").append(action).append(": ").append(status).append(' ').append(text);
        if (!cleanErrors.isEmpty()) {
            msg.append(" (");
            cleanErrors.forEach((k, v) -> msg.append(k).append(": ").append(v).append("; "));
            msg.setLength(msg.length() - 2);
            msg.append(')');
        }
        String m = msg.toString();
        String lower = text.toLowerCase(Locale.ROOT);
        if (status == 401) {
            return new AuthenticationFailedException(m, status, text, null);
        }
        if (status == 403) {
            return new PermissionDeniedException(m, status, text, null);
        }
        if (status == 400) {
            return new ParameterVerificationException(m, status, text, cleanErrors);
        }
        if (status == 404) {
            return new NotFoundException(m, status, text, null);
        }
        if (isLock(lower)) {
            return new LockTimeoutException(m, status, text, null);
        }
        if (status == 500 && (lower.contains("does not exist") || lower.contains("no such "))) {
            return new NotFoundException(m, status, text, null);
        }
        if (PROXY_FAILURES.contains(status) || status == 500 && isTransientText(lower)) {
            return new TransientException(m, status, text, null);
        }
        return new ProxmoxException(m, status, text, null);
    }

    static ProxmoxException fromIo(String action, String host, IOException e, Redactor redactor) {
        String why = redactor.clean(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        if (e instanceof UnknownHostException) {
            return new ProxmoxException("Unable to " + action + ": unknown host " + host, 0, why, null);
        }
        if (e instanceof SSLException) {
            return new ProxmoxException("Unable to " + action + ": TLS handshake with " + host + " failed (" + why + ")", 0, why, null);
        }
        if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
            return new TransientException("Unable to " + action + ": cannot connect to " + host + " (" + why + ")", 0, why, null);
        }
        if (e instanceof SocketTimeoutException) {
            return new TransientException("Unable to " + action + ": " + host + " did not answer in time (" + why + ")", 0, why, null);
        }
        return new TransientException("Unable to " + action + ": connection to " + host + " failed (" + why + ")", 0, why, null);
    }

    private static boolean isLock(String lower) {
        if (lower.contains("qmp command")) {
            return false; // "guest-ping failed - got timeout" is an agent that is not up yet
        }
        return lower.contains("can't lock file") || lower.contains("got timeout") || lower.contains("is locked")
                || lower.contains("cfs-lock") || lower.contains("lock request timeout");
    }

    private static boolean isTransientText(String lower) {
        return lower.contains("got no worker upid") || lower.contains("connection timed out")
                || lower.contains("broken pipe") || lower.contains("connection reset") || lower.contains("qmp command");
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }
}
