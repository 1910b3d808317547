package io.labforge.deploy.port;

/**
 * Address of one NIC as cloud-init (QEMU {@code ipconfigN}) or the container network sets it.
 *
 * @param address {@code dhcp} or an IPv4 address with prefix, e.g. {@code 10.10.20.11/24}
 * @param gateway default gateway, {@code null}: none on this NIC
 */
public record IpConfig(String address, String gateway) {

    public static final IpConfig DHCP = new IpConfig("dhcp", null);

    public boolean isDhcp() {
        return "dhcp".equals(address);
    }

    /** The bare address without prefix, {@code null} for DHCP. */
    public String host() {
        if (isDhcp() || address == null) {
            return null;
        }
        int slash = address.indexOf('/');
        return slash < 0 ? address : address.substring(0, slash);
    }
}
