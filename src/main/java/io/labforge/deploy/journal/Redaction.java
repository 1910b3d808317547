package io.labforge.deploy.journal;

import java.util.regex.Pattern;

/**
 * Last line of defence before text is stored or shown: removes anything shaped like a credential
 * (API token headers, {@code secret=}/{@code password=} values, private key blocks).
 */
public final class Redaction {

    private static final Pattern TOKEN = Pattern.compile("(PVEAPIToken=\\S+?[=:])[^\\s,;\"']+");
    private static final Pattern KEY_VALUE = Pattern.compile(
            "(?i)((?:secret|password|passwd|token|cipassword)\\s*[=:]\\s*)[^\\s,;\"'&]+");
    private static final Pattern PRIVATE_KEY = Pattern.compile(
            "-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?-----END [A-Z ]*PRIVATE KEY-----");

    private Redaction() {
    }

    public static String redact(String text) {
        if (text == null) {
            return null;
        }
        String s = PRIVATE_KEY.matcher(text).replaceAll("[private key removed]");
        s = TOKEN.matcher(s).replaceAll("$1***");
        return KEY_VALUE.matcher(s).replaceAll("$1***");
    }
}
