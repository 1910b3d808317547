package io.labforge.proxmox.api;

import java.net.URI;
import java.net.URISyntaxException;

/** Where the API lives: {@code https://host:8006/api2/json}, from whatever the user typed. */
public record Endpoint(String host, int port) {

    public static final int DEFAULT_PORT = 8006;

    /**
     * Accepts {@code pve1}, {@code pve1:8006}, {@code https://pve1:8006} or a full API URL.
     *
     * @throws IllegalArgumentException with what is wrong and what would be right
     */
    public static Endpoint parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new IllegalArgumentException("no Proxmox URL given; expected e.g. https://pve1:8006");
        }
        if (t.startsWith("http://")) {
            throw new IllegalArgumentException("'" + text + "' uses plain HTTP; the Proxmox API is only served over HTTPS, e.g. https://pve1:8006");
        }
        if (!t.contains("://")) {
            t = "https://" + t;
        }
        try {
            URI uri = new URI(t);
            if (!"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("'" + text + "' is not an https URL; expected e.g. https://pve1:8006");
            }
            return new Endpoint(uri.getHost(), uri.getPort() == -1 ? DEFAULT_PORT : uri.getPort());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid URL (" + e.getReason() + "); expected e.g. https://pve1:8006", e);
        }
    }

    public URI apiBase() {
        return URI.create("https://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/api2/json");
    }

    @Override
    public String toString() {
        return host + ":" + port;
    }
}
