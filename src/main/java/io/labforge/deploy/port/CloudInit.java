package io.labforge.deploy.port;

import java.util.List;

/**
 * First-boot settings. Public SSH keys only; no password is ever set.
 *
 * @param user       login user, {@code null}: the image's default
 * @param sshKeys    public keys (one per entry)
 * @param nameserver DNS server, {@code null}: from DHCP / the host
 * @param ipconfigs  one per NIC, in NIC order
 */
public record CloudInit(String user, List<String> sshKeys, String nameserver, List<IpConfig> ipconfigs) {

    public CloudInit {
        sshKeys = List.copyOf(sshKeys == null ? List.of() : sshKeys);
        ipconfigs = List.copyOf(ipconfigs == null ? List.of() : ipconfigs);
    }
}
