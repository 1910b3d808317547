package io.labforge.ssh;

/**
 * A host key seen for the first time, as shown to the user.
 *
 * @param host        the known_hosts name, {@code host} or {@code [host]:port}
 * @param type        key algorithm, e.g. {@code ssh-ed25519}
 * @param fingerprint {@code SHA256:...} as OpenSSH prints it
 */
public record UnknownHostKey(String host, String type, String fingerprint) {

    /** The question OpenSSH asks, with the same fingerprint format. */
    public String prompt() {
        return "The authenticity of host '" + host + "' can't be established.\n"
                + type + " key fingerprint is " + fingerprint + ".\n"
                + "Trust it and remember it in known_hosts?";
    }
}
