package io.labforge.proxmox;

import java.util.Arrays;

/**
 * A password, API-token secret or ticket. Held as a char array, never printed: {@link #toString()}
 * is redacted so a secret that slips into a log line or message shows as {@code ******}.
 */
public final class Secret {

    private final char[] chars;

    private Secret(char[] chars) {
        this.chars = chars.clone();
    }

    public static Secret of(char[] chars) {
        return new Secret(chars);
    }

    public static Secret of(String value) {
        return new Secret(value.toCharArray());
    }

    /** The plain value, for the one place that has to send it (an HTTP header or login form). */
    public String reveal() {
        return new String(chars);
    }

    public boolean isEmpty() {
        return chars.length == 0;
    }

    /** Overwrites the value; the secret is unusable afterwards. */
    public void destroy() {
        Arrays.fill(chars, '\0');
    }

    @Override
    public String toString() {
        return "******";
    }
}
