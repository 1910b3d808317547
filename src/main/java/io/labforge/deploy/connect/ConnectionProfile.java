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
 */
public record ConnectionProfile(String name, String url, String node, String tokenId, String fingerprint, String sshKey) {
}
