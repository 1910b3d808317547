package io.labforge.kind;

/** Default templates and ISOs the built-in kinds refer to (also what the sandbox ships). */
public final class Sources {

    public static final String DEBIAN_TEMPLATE = "debian-12-cloudinit";
    public static final String UBUNTU_TEMPLATE = "ubuntu-24.04-cloudinit";
    public static final String ROCKY_TEMPLATE = "rocky-9-cloudinit";
    public static final String DEBIAN_LXC = "local:vztmpl/debian-12-standard_12.7-1_amd64.tar.zst";
    public static final String ALPINE_LXC = "local:vztmpl/alpine-3.20-default_20240908_amd64.tar.xz";
    public static final String PFSENSE_ISO = "local:iso/pfSense-CE-2.7.2-RELEASE-amd64.iso";
    public static final String OPNSENSE_ISO = "local:iso/OPNsense-25.1-dvd-amd64.iso";
    public static final String WINDOWS_SERVER_ISO = "local:iso/windows-server-2022.iso";
    public static final String WINDOWS_CLIENT_ISO = "local:iso/windows-11.iso";
    public static final String SECURITY_ONION_ISO = "local:iso/securityonion-2.4.110.iso";

    private Sources() {
    }
}
