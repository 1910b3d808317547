package io.labforge.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where to deploy: a profile, or URL + token id + fingerprint with the secret in the environment. */
final class ConnectionOptions {

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Connection profile from ~/.config/labforge/profiles.yaml (default: the lab's target profile).")
    String profile;

    @Option(names = "--url", paramLabel = "URL", description = "Proxmox URL, e.g. https://pve.lan:8006 (instead of a profile).")
    String url;

    @Option(names = "--token-id", paramLabel = "ID", description = "API token id user@realm!name; the secret comes from LABFORGE_TOKEN_SECRET.")
    String tokenId;

    @Option(names = "--fingerprint", paramLabel = "SHA256",
            description = "Pinned SHA-256 fingerprint of the server certificate (AB:CD:...); without it the system trust store decides.")
    String fingerprint;

    @Option(names = "--journal", paramLabel = "FILE",
            description = "Deploy journal (default: ~/.local/share/labforge/journal/<lab>.jsonl).")
    Path journal;

    @Option(names = "--node-ssh", paramLabel = "USER@HOST[:PORT]",
            description = "Root SSH to the Proxmox node for host steps (NAT for networks without an uplink), e.g. root@pve.lan; "
                    + "just 'root' uses the URL's host (default: the profile's nodeSsh; without either, host steps are only reported).")
    String nodeSsh;

    @Option(names = "--node-ssh-key", paramLabel = "PRIVATE_KEY",
            description = "Private key for --node-ssh (default: ~/.ssh/id_ed25519, id_ecdsa or id_rsa). The node's host key must "
                    + "already be in ~/.ssh/known_hosts.")
    Path nodeSshKey;
}
