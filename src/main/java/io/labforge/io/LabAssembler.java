package io.labforge.io;

import io.labforge.kind.NodeKind;
import io.labforge.kind.NodeKinds;
import io.labforge.model.DhcpRange;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Node;
import io.labforge.model.Position;
import io.labforge.model.Resources;
import io.labforge.model.Target;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the model from the file's records and checks what binding cannot: required keys, kinds
 * and flavors, role keys, and references between elements (NICs, groups, layout), each error
 * pointing at the line that holds the bad value.
 */
final class LabAssembler {

    private static final int MAX_LISTED = 20;

    private final String file;
    private final Map<Object, Location> elements;
    private final NodeKinds kinds;
    private final Map<String, Location> ids = new HashMap<>();
    private final References refs;

    LabAssembler(String file, Map<Object, Location> elements, NodeKinds kinds) {
        this.file = file;
        this.elements = elements;
        this.kinds = kinds;
        this.refs = new References(file);
    }

    LabSource assemble(LabDto dto) throws LabFileException {
        if (dto.name() == null) {
            throw error(dto, "missing 'name'", "give the lab a name, e.g. 'name: homelab'");
        }
        // Each network and node is checked on its own, so report every one that is wrong (up to a limit).
        List<LabFileException> errors = new ArrayList<>();
        List<Network> networks = new ArrayList<>();
        for (NetworkDto n : list(dto.networks())) {
            try {
                networks.add(network(n));
            } catch (LabFileException e) {
                errors.add(e);
            }
        }
        List<Node> nodes = new ArrayList<>();
        for (NodeDto n : list(dto.nodes())) {
            try {
                nodes.add(node(n));
            } catch (LabFileException e) {
                errors.add(e);
            }
        }
        if (!errors.isEmpty()) {
            throw LabFileException.of(errors.subList(0, Math.min(errors.size(), MAX_LISTED)));
        }
        List<io.labforge.model.Group> groups = new ArrayList<>();
        for (GroupDto g : list(dto.groups())) {
            groups.add(group(g));
        }
        refs.checkNics(list(dto.nodes()), networks);
        refs.checkMembers(list(dto.groups()), nodes);
        Lab lab = new Lab(dto.name(), dto.description(), target(dto.target()), networks, nodes, groups, layout(dto.layout()));
        return new LabSource(lab, file, ids);
    }

    private Network network(NetworkDto n) throws LabFileException {
        String id = id(n, n.id(), "network");
        Ref kind = required(n, n.kind(), "kind", "network '" + id + "'", "one of " + String.join(", ", NetworkKind.ids()));
        NetworkKind k = NetworkKind.fromId(kind.value()).orElseThrow(() -> new LabFileException(file, kind.at(),
                "unknown network kind '" + kind.value() + "'", hint(kind.value(), NetworkKind.ids(), "valid network kinds")));
        DhcpRange dhcp = n.dhcp() == null ? null : new DhcpRange(n.dhcp().start(), n.dhcp().end());
        return new Network(id, k, n.name(), n.bridge(), n.vlan(), n.cidr(), n.gateway(), dhcp, n.description());
    }

    private Node node(NodeDto n) throws LabFileException {
        String id = id(n, n.id(), "node");
        Ref kindRef = required(n, n.kind(), "kind", "node '" + id + "'", "valid kinds: " + String.join(", ", kinds.ids()));
        NodeKind kind = kinds.find(kindRef.value()).orElseThrow(() -> new LabFileException(file, kindRef.at(),
                kinds.unknownMessage(kindRef.value())));
        Ref flavor = n.flavor();
        if (flavor != null && kind.flavor(flavor.value()).isEmpty()) {
            throw new LabFileException(file, flavor.at(),
                    "unknown flavor '" + flavor.value() + "' for kind '" + kind.id() + "'",
                    hint(flavor.value(), kind.flavorIds(), "valid flavors"));
        }
        checkRoleKeys(n.role(), kind);
        ResourcesDto r = n.resources();
        Resources resources = r == null ? Resources.UNSET : new Resources(r.cores(), r.memory(), r.disk());
        List<io.labforge.model.Nic> nics = new ArrayList<>();
        for (NicDto nic : list(n.nics())) {
            Ref network = required(nic, nic.network(), "network", "a NIC of node '" + id + "'", null);
            nics.add(new io.labforge.model.Nic(network.value(), nic.ip(), nic.mac(), nic.firewall()));
        }
        return new Node(id, kind.id(), Ref.value(flavor), n.hostname(), n.template(), n.iso(), resources, nics,
                n.vmid(), n.node(), n.role() == null ? null : n.role().values(), n.tags(), n.description());
    }

    private void checkRoleKeys(RoleDto role, NodeKind kind) throws LabFileException {
        if (role == null) {
            return;
        }
        for (Map.Entry<String, Location> key : role.keys().entrySet()) {
            if (!kind.roleKeys().contains(key.getKey())) {
                List<String> valid = kind.roleKeys().stream().sorted().toList();
                throw new LabFileException(file, key.getValue(),
                        "unknown role key '" + key.getKey() + "' for kind '" + kind.id() + "'",
                        valid.isEmpty() ? "kind '" + kind.id() + "' takes no role settings"
                                : hint(key.getKey(), valid, "valid role keys"));
            }
        }
    }

    private io.labforge.model.Group group(GroupDto g) throws LabFileException {
        String id = id(g, g.id(), "group");
        List<String> members = new ArrayList<>();
        for (Ref m : list(g.members())) {
            if (m == null) {
                throw error(g, "group '" + id + "' has an empty member", "members are node ids");
            }
            members.add(m.value());
        }
        return new io.labforge.model.Group(id, g.name(), members);
    }

    private Target target(TargetDto t) {
        return t == null ? null : new Target(t.profile(), t.node(), t.storage(), t.pool());
    }

    private Map<String, Position> layout(LayoutDto layout) throws LabFileException {
        Map<String, Position> positions = new LinkedHashMap<>();
        if (layout == null) {
            return positions;
        }
        for (LayoutDto.Entry e : layout.entries()) {
            Ref id = e.id();
            if (!ids.containsKey(id.value())) {
                throw new LabFileException(file, id.at(), "layout names '" + id.value() + "', which is no network, node or group",
                        hint(id.value(), ids.keySet().stream().sorted().toList(), "ids in this lab"));
            }
            PositionDto p = e.position();
            if (p == null || p.x() == null || p.y() == null || !Double.isFinite(p.x()) || !Double.isFinite(p.y())) {
                throw new LabFileException(file, id.at(), "layout of '" + id.value() + "' needs finite numbers x and y",
                        "e.g. '" + id.value() + ": { x: 400, y: 80 }'");
            }
            positions.put(id.value(), new Position(p.x(), p.y()));
        }
        return positions;
    }

    private String id(Object element, Ref id, String what) throws LabFileException {
        if (id == null || id.value().isBlank()) {
            throw error(element, "a " + what + " without an 'id'", "every " + what + " needs a unique id");
        }
        ids.putIfAbsent(id.value(), id.at());
        return id.value();
    }

    private Ref required(Object element, Ref value, String key, String owner, String hint) throws LabFileException {
        if (value == null || value.value().isBlank()) {
            throw error(element, owner + " has no '" + key + "'", hint);
        }
        return value;
    }

    private LabFileException error(Object element, String problem, String hint) {
        return new LabFileException(file, elements.getOrDefault(element, Location.START), problem, hint);
    }

    static String hint(String word, List<String> valid, String label) {
        String nearest = io.labforge.kind.Names.nearest(word, valid).map(n -> "did you mean '" + n + "'? ").orElse("");
        String list = valid.size() <= MAX_LISTED ? String.join(", ", valid)
                : String.join(", ", valid.subList(0, MAX_LISTED)) + ", ... (" + (valid.size() - MAX_LISTED) + " more)";
        return nearest + label + ": " + (valid.isEmpty() ? "none" : list);
    }

    private static <T> List<T> list(List<T> l) {
        return l == null ? List.of() : l;
    }
}
