package io.labforge.ui.inspector;

import io.labforge.edit.EditNetwork;
import io.labforge.edit.Ids;
import io.labforge.edit.Rename;
import io.labforge.model.DhcpRange;
import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.ui.LabDocument;

import java.util.List;

import static io.labforge.ui.inspector.NodeForm.blank;
import static io.labforge.ui.inspector.NodeForm.str;

/** The inspector's form for one network. */
final class NetworkForm {

    private NetworkForm() {
    }

    static Form of(LabDocument doc, Network net) {
        Lab lab = doc.current();
        String id = net.id();
        Form f = new Form();
        f.text("id", "Id", id, "", v -> {
            String why = Checks.id(v);
            return why == null && !v.equals(id) && Ids.taken(lab).contains(v) ? "'" + v + "' is already used" : why;
        }, v -> {
            doc.push(new Rename(id, v));
            doc.selection().set(List.of(v));
        });
        f.text("name", "Label", net.name(), id, Checks::none, v -> doc.push(new EditNetwork(id, "label", n -> n.withName(blank(v)))));
        f.choice("zone", "Zone", List.of(NetworkKind.values()), net.kind(),
                v -> doc.push(new EditNetwork(id, "zone", n -> n.withKind(v))));
        f.text("bridge", "Bridge", net.bridge(), "vmbr1", Checks::bridge,
                v -> doc.push(new EditNetwork(id, "bridge", n -> n.withBridge(blank(v)))));
        f.text("vlan", "VLAN", str(net.vlan()), "untagged", v -> Checks.optionalInt(v, 1, 4094),
                v -> doc.push(new EditNetwork(id, "VLAN", n -> n.withVlan(Checks.toInt(v)))));
        f.text("cidr", "Subnet", net.cidr(), "e.g. 10.10.20.0/24", Checks::optionalCidr,
                v -> doc.push(new EditNetwork(id, "subnet", n -> n.withCidr(blank(v)))));
        f.text("gateway", "Gateway", net.gateway(), "none", Checks::optionalIpv4,
                v -> doc.push(new EditNetwork(id, "gateway", n -> n.withGateway(blank(v)))));
        DhcpRange dhcp = net.dhcp();
        f.text("dhcp-start", "DHCP from", dhcp == null ? "" : dhcp.start(), "no DHCP", Checks::optionalIpv4,
                v -> doc.push(new EditNetwork(id, "DHCP range", n -> n.withDhcp(range(v, n.dhcp() == null ? null : n.dhcp().end())))));
        f.text("dhcp-end", "DHCP to", dhcp == null ? "" : dhcp.end(), "", Checks::optionalIpv4,
                v -> doc.push(new EditNetwork(id, "DHCP range", n -> n.withDhcp(range(n.dhcp() == null ? null : n.dhcp().start(), v)))));
        f.text("description", "Description", net.description(), "", Checks::none,
                v -> doc.push(new EditNetwork(id, "description", n -> n.withDescription(blank(v)))));
        return f;
    }

    private static DhcpRange range(String start, String end) {
        if (start == null || start.isEmpty()) {
            return end == null || end.isEmpty() ? null : new DhcpRange(end, end);
        }
        return new DhcpRange(start, end == null || end.isEmpty() ? start : end);
    }
}
