package io.labforge.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The zone a network belongs to; drives colours, layout and the security-zone rules. */
public enum NetworkKind {
    WAN("wan", "WAN / uplink"),
    LAN("lan", "LAN"),
    DMZ("dmz", "DMZ"),
    K8S("k8s", "Kubernetes"),
    AD("ad", "Active Directory"),
    DB("db", "Databases"),
    SOC("soc", "SOC / monitoring"),
    MGMT("mgmt", "Management"),
    WORKSTATION("workstation", "Workstations");

    private final String id;
    private final String label;

    NetworkKind(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The spelling used in lab files. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    public static Optional<NetworkKind> fromId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(NetworkKind::id).toList();
    }

    /** Networks whose hosts must not be reachable from WAN except through a firewall. */
    public boolean isProtected() {
        return this == DB || this == AD || this == MGMT;
    }
}
