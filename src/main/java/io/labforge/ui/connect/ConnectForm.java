package io.labforge.ui.connect;

import io.labforge.deploy.connect.ConnectException;
import io.labforge.deploy.connect.ConnectionProfile;
import io.labforge.deploy.connect.NodeSsh;

/**
 * What the user typed in the Connect dialog. The secret may be empty when the profile's secret is
 * saved; it lives only as long as the dialog.
 *
 * @param nodeSsh {@code user@host[:port]} for the host steps on the nodes, {@code null}: none
 * @param sshKey  public key authorised on the guests; its private key beside it provisions them ({@code null}: none)
 */
record ConnectForm(String name, String url, String node, String tokenId, String secret, String nodeSsh, String sshKey) {

    ConnectForm(String name, String url, String node, String tokenId, String secret) {
        this(name, url, node, tokenId, secret, null, null);
    }

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
        if (sshKey != null && !sshKey.endsWith(".pub")) {
            return "The guest SSH key is a public key (.pub), e.g. ~/.ssh/id_ed25519.pub; its private key goes beside it.";
        }
        if (nodeSsh != null) {
            try {
                NodeSsh.parse(nodeSsh, url, node);
            } catch (ConnectException e) {
                String m = e.getMessage();
                return Character.toUpperCase(m.charAt(0)) + m.substring(1) + ".";
            }
        }
        return null;
    }

    /** The profile to save or use, pinned to {@code fingerprint} ({@code null}: a CA-signed certificate). */
    ConnectionProfile profile(String fingerprint) {
        return new ConnectionProfile(name, url, node, tokenId, fingerprint, sshKey, nodeSsh);
    }
}
