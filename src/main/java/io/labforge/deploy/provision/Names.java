package io.labforge.deploy.provision;

import java.util.regex.Pattern;

/** Checks for names that end up in generated configuration. */
final class Names {

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    private Names() {
    }

    /** A DNS domain like {@code lab.example}: dot-separated RFC 1123 labels, at least two. */
    static String checkDomain(String domain) {
        String[] labels = domain.split("\\.", -1);
        boolean ok = labels.length >= 2 && domain.length() <= 253;
        for (String l : labels) {
            ok &= LABEL.matcher(l).matches();
        }
        if (!ok) {
            throw new RenderException("'" + domain + "' is not a valid DNS domain; use dot-separated letters,"
                    + " digits and hyphens, e.g. lab.example");
        }
        return domain.toLowerCase(java.util.Locale.ROOT);
    }

    static boolean isHostname(String name) {
        return name != null && name.length() <= 63 && LABEL.matcher(name).matches();
    }
}
