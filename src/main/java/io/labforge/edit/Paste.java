package io.labforge.edit;

import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.model.Position;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Inserts a copy of a fragment, shifted by an offset. Ids are made unique; NICs to a network that
 * was copied too move to the copy (links among copied elements are kept), NICs to a network that
 * exists in the lab stay on it, others are dropped; a static address already in use on the
 * network is replaced by the next free one.
 */
public record Paste(Fragment fragment, double dx, double dy, String verb) implements Command {

    public static Paste of(Fragment fragment, double dx, double dy) {
        return new Paste(fragment, dx, dy, "Paste");
    }

    @Override
    public String description() {
        int n = fragment.nodes().size() + fragment.networks().size();
        return verb + " " + n + (n == 1 ? " element" : " elements");
    }

    @Override
    public Lab apply(Lab lab) {
        return result(lab).lab();
    }

    /** The lab after pasting, and the ids the copies got (old id to new id). */
    public Result result(Lab lab) {
        Set<String> taken = Ids.taken(lab);
        Map<String, String> renamed = new LinkedHashMap<>();
        Lab out = lab;
        for (Network net : fragment.networks()) {
            String id = Ids.unique(net.id(), taken);
            taken.add(id);
            renamed.put(net.id(), id);
            out = out.withNetwork(net.withId(id));
        }
        Map<String, Node> copies = new LinkedHashMap<>();
        for (Node node : fragment.nodes()) {
            String id = Ids.unique(node.id(), taken);
            taken.add(id);
            renamed.put(node.id(), id);
            copies.put(id, node.withId(id).withNics(List.of()).withVmid(null).withHostname(null));
        }
        for (Node node : fragment.nodes()) {
            String id = renamed.get(node.id());
            List<Nic> nics = new ArrayList<>();
            for (Nic nic : node.nics()) {
                String net = renamed.getOrDefault(nic.network(), nic.network());
                Network target = out.network(net).orElse(null);
                if (target == null) {
                    continue;
                }
                Nic moved = nic.withNetwork(net).withMac(null);
                if (!nic.isDhcp() && Addresses.inUse(out, net, nic.ip())) {
                    moved = moved.withIp(Addresses.next(out, target, false));
                }
                nics.add(moved);
                // Written as it goes, so the next NIC of the copy sees this address as taken.
                out = out.withNode(copies.get(id).withNics(nics));
            }
            out = out.withNode(copies.get(id).withNics(nics));
        }
        Map<String, Position> layout = new HashMap<>();
        fragment.layout().forEach((old, p) -> {
            String id = renamed.get(old);
            if (id != null) {
                layout.put(id, new Position(p.x() + dx, p.y() + dy));
            }
        });
        for (Map.Entry<String, Position> e : layout.entrySet()) {
            out = out.withPosition(e.getKey(), e.getValue());
        }
        return new Result(out, renamed);
    }

    public record Result(Lab lab, Map<String, String> renamed) {
    }
}
