package io.labforge.deploy.connect;

/**
 * How to reach one Proxmox cluster. Holds no secret.
 *
 * @param name        profile name, e.g. {@code home-pve}
 * @param url         e.g. {@code https://pve.lan:8006}
 * @param node        node to talk to / default node, {@code null}: any
 * @param tokenId     API token id, {@code user@realm!name}
 * @param fingerprint pinned SHA-256 certificate fingerprint, {@code null}: the system trust store
 * @param sshKey      path of a public key put on the guests by cloud-init, {@code null}: none
 * @param nodeSsh     root SSH to the nodes for host steps, {@code user@host[:port]} or just {@code user} (the URL's
 *                    host), {@code null}: none (see {@link NodeSsh})
 */
public record ConnectionProfile(String name, String url, String node, String tokenId, String fingerprint, String sshKey,
                                String nodeSsh) {

    public ConnectionProfile(String name, String url, String node, String tokenId, String fingerprint, String sshKey) {
        this(name, url, node, tokenId, fingerprint, sshKey, null);
    }
}
