package io.labforge.proxmox.api;

import io.labforge.proxmox.Credentials;
import io.labforge.proxmox.tls.TlsTrust;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the transport needs. The response timeout is above pveproxy's own 30 s forwarding limit,
 * so a slow synchronous call ends with the server's 596 rather than a client-side guess.
 */
public record ClientOptions(Endpoint endpoint, Credentials credentials, TlsTrust trust, Duration connectTimeout,
                            Duration responseTimeout, RetryPolicy retry, RequestListener listener, Clock clock,
                            Duration ticketRenewAfter) {

    public ClientOptions {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(credentials, "credentials");
        trust = trust == null ? TlsTrust.system() : trust;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(10) : connectTimeout;
        responseTimeout = responseTimeout == null ? Duration.ofSeconds(45) : responseTimeout;
        retry = retry == null ? RetryPolicy.defaults() : retry;
        listener = listener == null ? RequestListener.NONE : listener;
        clock = clock == null ? Clock.systemUTC() : clock;
        ticketRenewAfter = ticketRenewAfter == null ? TicketAuthenticator.DEFAULT_RENEW_AFTER : ticketRenewAfter;
    }

    public static ClientOptions of(Endpoint endpoint, Credentials credentials) {
        return new ClientOptions(endpoint, credentials, null, null, null, null, null, null, null);
    }
}
