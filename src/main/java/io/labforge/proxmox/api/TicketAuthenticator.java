package io.labforge.proxmox.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.labforge.proxmox.Credentials;
import org.apache.hc.core5.http.ClassicHttpRequest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Ticket login ({@code POST /access/ticket}). The ticket goes in the {@code PVEAuthCookie} cookie and every
 * write also carries the {@code CSRFPreventionToken} header. Tickets live 2 hours; this logs in again
 * once {@code renewAfter} has passed (and once after a 401), so a long deploy never runs into expiry.
 */
final class TicketAuthenticator implements Authenticator {

    /** Renew well inside the 2-hour ticket lifetime. */
    static final Duration DEFAULT_RENEW_AFTER = Duration.ofMinutes(90);

    private final Credentials.UserPassword credentials;
    private final Clock clock;
    private final Duration renewAfter;
    private final Function<Params, JsonNode> login;
    private Ticket ticket;

    private record Ticket(String value, String csrf, Instant issued) {
        @Override
        public String toString() {
            return "Ticket[issued=" + issued + "]";
        }
    }

    TicketAuthenticator(Credentials.UserPassword credentials, Clock clock, Duration renewAfter, Function<Params, JsonNode> login) {
        this.credentials = credentials;
        this.clock = clock;
        this.renewAfter = renewAfter;
        this.login = login;
    }

    @Override
    public synchronized void authenticate(ClassicHttpRequest request, boolean write) {
        if (ticket == null || !clock.instant().isBefore(ticket.issued().plus(renewAfter))) {
            ticket = logIn();
        }
        // percent-encoded: PVE URL-decodes the cookie, and a raw '+' of the signature would turn into a space
        request.setHeader("Cookie", "PVEAuthCookie=" + FormEncoder.encode(ticket.value()));
        if (write) {
            request.setHeader("CSRFPreventionToken", ticket.csrf());
        }
    }

    @Override
    public synchronized boolean renewAfterRejection() {
        ticket = null;
        return true;
    }

    @Override
    public synchronized Stream<String> secrets() {
        Stream<String> base = Stream.of(credentials.password().reveal());
        return ticket == null ? base : Stream.concat(base, Stream.of(ticket.value(), ticket.csrf()));
    }

    private Ticket logIn() {
        JsonNode data = login.apply(Params.create()
                .put("username", credentials.username())
                .putSecret("password", credentials.password()));
        if (data.path("NeedTFA").asInt(0) == 1) {
            throw new AuthenticationFailedException("Unable to log in as " + credentials.username()
                    + ": the account needs a second factor; use an API token instead", 401, "NeedTFA", null);
        }
        String value = data.path("ticket").asText("");
        String csrf = data.path("CSRFPreventionToken").asText("");
        if (value.isEmpty() || csrf.isEmpty()) {
            throw new AuthenticationFailedException("Unable to log in as " + credentials.username()
                    + ": the server's answer holds no ticket", 200, "", null);
        }
        return new Ticket(value, csrf, clock.instant());
    }
}
