package io.labforge.sandbox.auth;

import io.labforge.sandbox.resource.ApiException;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * API token ({@code Authorization: PVEAPIToken=user@realm!id=secret}) and ticket authentication
 * ({@code PVEAuthCookie} + {@code CSRFPreventionToken} on writes), as pve-manager's HTTPServer.pm does it.
 * Tickets are HMAC-signed with a per-start key; secrets are compared in constant time and never logged.
 */
public final class Authenticator {

    /** A login result: the ticket and its CSRF token. */
    public record Login(String ticket, String csrf, String username) {
    }

    private final String userid;
    private final String password;
    private final String tokenName;
    private final String tokenSecret;
    private final Duration ticketLifetime;
    private final byte[] key = new byte[32];

    public Authenticator(String userid, String password, String tokenName, String tokenSecret, Duration ticketLifetime) {
        this.userid = userid;
        this.password = password;
        this.tokenName = tokenName;
        this.tokenSecret = tokenSecret;
        this.ticketLifetime = ticketLifetime;
        new SecureRandom().nextBytes(key);
    }

    /** {@code POST /access/ticket}: username (with realm or {@code realm} param) and password or a valid ticket. */
    public Login login(String username, String realm, String secret) {
        String user = username.contains("@") || realm == null ? username : username + "@" + realm;
        boolean ok = user.equals(userid)
                && (equal(secret, password) || secret.startsWith("PVE:") && verifyTicket(secret) != null);
        if (!ok) {
            throw new ApiException(401, "authentication failure", Map.of());
        }
        String ticket = sign("PVE:" + userid + ":" + hexTime(Instant.now()));
        return new Login(ticket, csrfFor(userid, Instant.now()), userid);
    }

    /**
     * Authenticates a request. Returns the identity, or throws 401 (the caller adds pveproxy's failure delay).
     *
     * @param write true for POST/PUT/DELETE: ticket callers must then present the CSRF token
     */
    public Identity authenticate(Map<String, String> headers, boolean write) {
        String authorization = headers.get("authorization");
        if (authorization != null && authorization.startsWith("PVEAPIToken")) {
            return token(authorization.substring("PVEAPIToken".length()));
        }
        String ticket = cookie(headers.get("cookie"));
        if (ticket == null && authorization != null && authorization.startsWith("PVEAuthCookie=")) {
            ticket = authorization.substring("PVEAuthCookie=".length());
        }
        if (ticket == null) {
            throw new ApiException(401, "No ticket", Map.of());
        }
        String user = verifyTicket(URLDecoder.decode(ticket, StandardCharsets.UTF_8));
        if (user == null) {
            throw new ApiException(401, "authentication failure", Map.of());
        }
        if (write && !verifyCsrf(headers.get("csrfpreventiontoken"), user)) {
            throw new ApiException(401, "Permission denied - invalid csrf token", Map.of());
        }
        return new Identity(user, null);
    }

    private Identity token(String rest) {
        String value = URLDecoder.decode(rest.substring(1), StandardCharsets.UTF_8).trim(); // '=' or ' ' after the scheme
        int bang = value.indexOf('!');
        int eq = value.indexOf('=', Math.max(bang, 0));
        if (bang < 0 || eq < 0) {
            throw new ApiException(401, "authentication failure", Map.of());
        }
        String user = value.substring(0, bang);
        String name = value.substring(bang + 1, eq);
        String secret = value.substring(eq + 1);
        if (!user.equals(userid) || !name.equals(tokenName) || !equal(secret, tokenSecret)) {
            throw new ApiException(401, "authentication failure", Map.of());
        }
        return new Identity(user, name);
    }

    private static String cookie(String header) {
        if (header == null) {
            return null;
        }
        for (String part : header.split(";")) {
            String p = part.trim();
            if (p.startsWith("PVEAuthCookie=")) {
                return p.substring("PVEAuthCookie=".length());
            }
        }
        return null;
    }

    private String verifyTicket(String ticket) {
        int sep = ticket.lastIndexOf("::");
        if (sep < 0 || !ticket.startsWith("PVE:")) {
            return null;
        }
        String plain = ticket.substring(0, sep);
        if (!equal(sign(plain), ticket)) {
            return null;
        }
        String[] parts = plain.split(":");
        long issued = Long.parseLong(parts[2], 16);
        if (Instant.ofEpochSecond(issued).plus(ticketLifetime).isBefore(Instant.now())) {
            return null;
        }
        return parts[1];
    }

    private String csrfFor(String user, Instant when) {
        String time = hexTime(when);
        return time + ":" + hmac(time + ":" + user);
    }

    private boolean verifyCsrf(String token, String user) {
        if (token == null || token.indexOf(':') < 0) {
            return false;
        }
        String time = token.substring(0, token.indexOf(':'));
        return equal(token, time + ":" + hmac(time + ":" + user));
    }

    private String sign(String plain) {
        return plain + "::" + hmac(plain);
    }

    private String hmac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getEncoder().withoutPadding().encodeToString(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hexTime(Instant t) {
        return String.format(Locale.ROOT, "%08X", t.getEpochSecond());
    }

    private static boolean equal(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
