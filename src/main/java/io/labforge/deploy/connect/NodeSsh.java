package io.labforge.deploy.connect;

import java.net.URI;
import java.util.Optional;

/**
 * Where to log in on the Proxmox nodes for host steps. Written {@code user@host[:port]}, or just
 * {@code user} for the host of the connection URL. The given host serves the profile's node; any
 * other node is reached by its node name (as cluster members know each other), same user and port.
 *
 * @param user    login user (root: iptables and /etc need it)
 * @param host    the profile node's address
 * @param port    SSH port
 * @param node    the node {@code host} is, {@code null}: whichever node the profile talks to
 */
public record NodeSsh(String user, String host, int port, String node) {

    public static final int DEFAULT_PORT = 22;

    /**
     * @param spec    {@code user@host[:port]} or {@code user}
     * @param url     the connection URL, whose host is used when {@code spec} names none
     * @param node    the profile's node
     */
    public static NodeSsh parse(String spec, String url, String node) throws ConnectException {
        String s = spec.strip();
        String user = s.contains("@") ? s.substring(0, s.indexOf('@')) : s;
        String rest = s.contains("@") ? s.substring(s.indexOf('@') + 1) : "";
        if (!user.matches("[a-z_][a-z0-9_.-]{0,31}")) {
            throw new ConnectException("node SSH '" + spec + "': '" + user + "' is not a user name (expected user@host[:port], e.g. root@pve.lan)");
        }
        String host = rest;
        int port = DEFAULT_PORT;
        int colon = rest.lastIndexOf(':');
        if (colon > 0 && !rest.startsWith("[")) {
            host = rest.substring(0, colon);
            try {
                port = Integer.parseInt(rest.substring(colon + 1));
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 1 || port > 65535) {
                throw new ConnectException("node SSH '" + spec + "': the port must be a number 1-65535");
            }
        }
        if (host.isEmpty()) {
            host = Optional.ofNullable(url).map(u -> {
                try {
                    return URI.create(u).getHost();
                } catch (IllegalArgumentException e) {
                    return null;
                }
            }).orElseThrow(() -> new ConnectException("node SSH '" + spec + "': no host given and the connection URL has none"));
        }
        if (!host.matches("[A-Za-z0-9.:\\[\\]-]{1,253}")) {
            throw new ConnectException("node SSH '" + spec + "': '" + host + "' is not a host name or address");
        }
        return new NodeSsh(user, host, port, node);
    }

    /** The address for {@code proxmoxNode}: the configured host for the profile's node, else the node's name. */
    public String hostFor(String proxmoxNode) {
        return node == null || node.equals(proxmoxNode) ? host : proxmoxNode;
    }

    /** For plans and messages, e.g. {@code root@pve.lan:22}. */
    public String label(String proxmoxNode) {
        return user + "@" + hostFor(proxmoxNode) + ":" + port;
    }
}
