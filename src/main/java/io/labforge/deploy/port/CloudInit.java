package io.labforge.deploy.port;

import java.util.List;

/**
 * First-boot settings. Public SSH keys only; no password is ever set.
 *
 * @param user       login user, {@code null}: the image's default
 * @param sshKeys    public keys (one per entry)
 * @param nameserver DNS server, {@code null}: from DHCP / the host
 * @param ipconfigs  one per NIC, in NIC order
 * @param userData   volume of the user-data snippet ({@code cicustom: user=...}, e.g.
 *                   {@code local:snippets/labforge-lab-vm1-0a1b2c3d.yaml}), {@code null}: none
 */
public record CloudInit(String user, List<String> sshKeys, String nameserver, List<IpConfig> ipconfigs, String userData) {

    public CloudInit {
        sshKeys = List.copyOf(sshKeys == null ? List.of() : sshKeys);
        ipconfigs = List.copyOf(ipconfigs == null ? List.of() : ipconfigs);
    }

    /** Without a user-data snippet. */
    public CloudInit(String user, List<String> sshKeys, String nameserver, List<IpConfig> ipconfigs) {
        this(user, sshKeys, nameserver, ipconfigs, null);
    }

    public CloudInit withUserData(String volume) {
        return new CloudInit(user, sshKeys, nameserver, ipconfigs, volume);
    }
}
