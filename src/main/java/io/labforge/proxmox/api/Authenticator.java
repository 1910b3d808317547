package io.labforge.proxmox.api;

import org.apache.hc.core5.http.ClassicHttpRequest;

import java.util.stream.Stream;

/** Adds authentication to each request. Implementations never log or expose their secrets. */
interface Authenticator {

    /** @param write true for POST/PUT/DELETE (a ticket needs the CSRF token there) */
    void authenticate(ClassicHttpRequest request, boolean write);

    /** After a 401: drop cached state and report whether one more attempt may succeed. */
    default boolean renewAfterRejection() {
        return false;
    }

    /** Every secret value this authenticator holds, so messages can be scrubbed of them. */
    Stream<String> secrets();
}
