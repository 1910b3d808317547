package io.labforge.ui.inspector;

import io.labforge.edit.Addresses;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.ui.inspector.RoleField.Column;
import io.labforge.ui.inspector.RoleField.Offer;
import io.labforge.ui.inspector.RoleField.Table;
import io.labforge.ui.inspector.RoleField.Values;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The list-valued role settings the inspector knows the shape of, keyed by kind and role key, as
 * provisioning reads them. A list of another key is still editable as free values when it holds
 * plain values; anything else stays read-only.
 */
final class RoleFields {

    private static final Map<String, RoleField> FIELDS = Map.of(
            "load-balancer/frontends", new Table("frontend", List.of(
                    Column.port("port", "Port", true, true),
                    Column.choice("mode", "Mode", "tcp", "http"),
                    Column.nodes("backends", "Backends"),
                    Column.port("backendPort", "Backend port", false, false).onSecondLine(),
                    Column.text("name", "Name", RoleFields::frontendName).onSecondLine()),
                    RoleFields::newFrontend),
            "firewall/rules", new Table("rule", List.of(
                    Column.ref("from", "From"),
                    Column.ref("to", "To"),
                    Column.choice("proto", "Proto", "tcp", "udp", "any"),
                    Column.port("port", "Port", false, false)),
                    rows -> new LinkedHashMap<>(Map.of("proto", "tcp", "port", 22))),
            "proxmox-host/nat", new Values("network", Offer.NETWORKS, RoleFields::network),
            "bastion/allowFrom", new Values("network or CIDR", Offer.NETWORKS, (lab, v) -> networkOrAddress(lab, v, false)),
            "database/allowFrom", new Values("source", Offer.NODES_AND_NETWORKS, (lab, v) -> networkOrAddress(lab, v, true)),
            "database/databases", new Values("database", Offer.NOTHING, (lab, v) -> databaseName(v)),
            "k8s-worker/labels", new Values("label", Offer.NOTHING, (lab, v) -> label(v)),
            "dns-dhcp/forwarders", new Values("forwarder", Offer.NOTHING, (lab, v) -> Checks.optionalIpv4(v)));

    private static final Values PACKAGES = new Values("package", Offer.NOTHING, (lab, v) -> packageName(v));

    private RoleFields() {
    }

    /** The editor shape of {@code key} on a node of {@code kind} holding {@code value}, if it is a list. */
    static Optional<RoleField> of(String kind, String key, Object value) {
        RoleField known = key.equals("packages") ? PACKAGES : FIELDS.get(kind + "/" + key);
        if (known instanceof Table && RoleLists.isTable(value) || known instanceof Values && RoleLists.isValues(value)) {
            return Optional.of(known);
        }
        if (known == null && value instanceof List<?> && RoleLists.isValues(value)) {
            return Optional.of(new Values("value", Offer.NOTHING, (lab, v) -> null));
        }
        return Optional.empty();
    }

    /** The next port a new frontend gets: the first common one not yet used, else one above the highest. */
    static Map<String, Object> newFrontend(List<Map<String, Object>> rows) {
        Set<Object> used = rows.stream().map(r -> r.get("port")).filter(Objects::nonNull).collect(Collectors.toSet());
        int port = List.of(80, 443, 8080, 8443).stream().filter(p -> !used.contains(p)).findFirst()
                .orElseGet(() -> used.stream().filter(Integer.class::isInstance).mapToInt(p -> (Integer) p).max().orElse(8000) + 1);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("port", port);
        return row;
    }

    static String packageName(String v) {
        return v.matches("[a-z0-9][a-z0-9+.-]+") ? null : "a Debian package name, e.g. htop";
    }

    static String databaseName(String v) {
        return v.matches("[A-Za-z_][A-Za-z0-9_$-]{0,62}") ? null : "letters, digits, '_' and '-', e.g. app_db";
    }

    static String label(String v) {
        return v.matches("[A-Za-z0-9]([A-Za-z0-9_./-]*[A-Za-z0-9])?=[A-Za-z0-9_.-]{0,63}") ? null : "key=value, e.g. tier=web";
    }

    static String frontendName(String v) {
        return v.isEmpty() || v.matches("[A-Za-z0-9_.-]{1,64}") ? null : "letters, digits, '.', '_' and '-'";
    }

    static String network(Lab lab, String v) {
        return lab.network(v).isPresent() ? null : "a network of this lab" + lab.networks().stream().map(Network::id)
                .collect(Collectors.joining(", ", " (", ")"));
    }

    /** A network (or, with {@code nodes}, a node) id of the lab, an IPv4 address or a subnet. */
    static String networkOrAddress(Lab lab, String v, boolean nodes) {
        if (v.contains("/")) {
            return Addresses.isCidr(v) ? null : "a subnet such as 10.10.10.0/24, or a network id";
        }
        if (Character.isDigit(v.isEmpty() ? 'x' : v.charAt(0))) {
            return Addresses.isIpv4(v) ? null : "an IPv4 address, a subnet or a network id";
        }
        if (lab.network(v).isPresent() || nodes && lab.node(v).isPresent()) {
            return null;
        }
        return "'" + v + "' is no network" + (nodes ? " or node" : "") + " of this lab";
    }
}
