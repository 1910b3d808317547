package io.labforge.deploy.connect;

import java.util.Arrays;

/** An API-token secret in memory; never printed ({@link #toString()} is redacted). */
public final class TokenSecret {

    private final char[] chars;

    public TokenSecret(char[] chars) {
        this.chars = chars.clone();
    }

    public char[] chars() {
        return chars.clone();
    }

    public void destroy() {
        Arrays.fill(chars, '\0');
    }

    @Override
    public String toString() {
        return "******";
    }
}
