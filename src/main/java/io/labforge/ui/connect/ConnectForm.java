package io.labforge.ui.connect;

import io.labforge.deploy.connect.ConnectionProfile;

/**
 * What the user typed in the Connect dialog. The secret may be empty when the profile's secret is
 * saved; it lives only as long as the dialog.
 */
record ConnectForm(String name, String url, String node, String tokenId, String secret) {

    /** What is wrong with the form in plain words, {@code null} when it can be tried. */
    String problem() {
        if (name.isBlank() || !name.matches("[A-Za-z0-9._-]+")) {
            return "Give the profile a name (letters, digits, dot, dash, underscore), e.g. home-pve.";
        }
        if (!url.startsWith("https://")) {
            return "The URL must start with https://, e.g. https://pve.lan:8006.";
        }
        if (!tokenId.matches("[^@!\\s]+@[^@!\\s]+![^@!\\s]+")) {
            return "The token id looks like user@realm!tokenname, e.g. deployer@pve!labforge.";
        }
        return null;
    }

    /** The profile to save or use, pinned to {@code fingerprint} ({@code null}: a CA-signed certificate). */
    ConnectionProfile profile(String fingerprint) {
        return new ConnectionProfile(name, url, node, tokenId, fingerprint, null);
    }
}
