package io.labforge.proxmox.api;

import io.labforge.proxmox.Credentials;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.HttpHeaders;

import java.util.stream.Stream;

/** {@code Authorization: PVEAPIToken=user@realm!id=secret} on every request; no CSRF token needed. */
final class TokenAuthenticator implements Authenticator {

    private final Credentials.ApiToken token;

    TokenAuthenticator(Credentials.ApiToken token) {
        this.token = token;
    }

    @Override
    public void authenticate(ClassicHttpRequest request, boolean write) {
        request.setHeader(HttpHeaders.AUTHORIZATION, "PVEAPIToken=" + token.tokenId() + "=" + token.secret().reveal());
    }

    @Override
    public Stream<String> secrets() {
        return Stream.of(token.secret().reveal());
    }
}
