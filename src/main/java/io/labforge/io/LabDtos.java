package io.labforge.io;

import io.labforge.model.Group;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.model.Resources;
import io.labforge.model.Target;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The file's records for a lab, leaving out what is unset so the file stays short. */
final class LabDtos {

    private LabDtos() {
    }

    static LabDto from(Lab lab) {
        return new LabDto(LabFileReader.CURRENT_VERSION, lab.name(), lab.description(), target(lab.target()),
                map(lab.networks(), LabDtos::network), map(lab.nodes(), LabDtos::node), map(lab.groups(), LabDtos::group),
                lab.layout().isEmpty() ? null : new LayoutDto(lab.layout().entrySet().stream()
                        .map(e -> new LayoutDto.Entry(Ref.of(e.getKey()), new PositionDto(e.getValue().x(), e.getValue().y())))
                        .toList()));
    }

    private static TargetDto target(Target t) {
        if (t == null) {
            return null;
        }
        return new TargetDto(t.profile(), t.node(), t.storage(), t.pool());
    }

    private static NetworkDto network(Network n) {
        DhcpDto dhcp = n.dhcp() == null ? null : new DhcpDto(n.dhcp().start(), n.dhcp().end());
        return new NetworkDto(Ref.of(n.id()), Ref.of(n.kind().id()), n.name(), n.bridge(), n.cidr(), n.gateway(),
                n.vlan(), dhcp, n.description());
    }

    private static NodeDto node(Node n) {
        Resources r = n.resources();
        ResourcesDto resources = Resources.UNSET.equals(r) ? null : new ResourcesDto(r.cores(), r.memory(), r.disk());
        RoleDto role = n.role().isEmpty() ? null : new RoleDto(n.role(), Map.of());
        return new NodeDto(Ref.of(n.id()), Ref.of(n.kind()), Ref.of(n.flavor()), n.hostname(), n.template(), n.iso(),
                resources, map(n.nics(), LabDtos::nic), n.vmid(), n.proxmoxNode(), role,
                n.tags().isEmpty() ? null : n.tags(), n.description());
    }

    private static NicDto nic(Nic n) {
        return new NicDto(Ref.of(n.network()), n.ip(), n.mac(), n.firewall());
    }

    private static GroupDto group(Group g) {
        return new GroupDto(Ref.of(g.id()), g.name(), g.members().isEmpty() ? null : g.members().stream().map(Ref::of).toList());
    }

    private static <T, R> List<R> map(List<T> list, Function<T, R> f) {
        return list.isEmpty() ? null : list.stream().map(f).toList();
    }
}
