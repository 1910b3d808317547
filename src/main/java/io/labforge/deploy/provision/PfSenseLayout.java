package io.labforge.deploy.provision;

import io.labforge.model.Lab;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * The NIC order a pfSense VM needs: its installer assigns {@code vtnet0} to WAN and {@code vtnet1}
 * to LAN, so the WAN NIC must be {@code net0} and the LAN NIC {@code net1}; the rest follow as
 * OPT1, OPT2, ... in the lab's order. The deploy engine creates the VM's NICs in this order.
 */
public final class PfSenseLayout {

    private PfSenseLayout() {
    }

    /** The node's NICs in pfSense order; an error when there is no WAN NIC. */
    public static List<Nic> nicOrder(Lab lab, Node fw) {
        List<Nic> wan = new ArrayList<>();
        List<Nic> lan = new ArrayList<>();
        List<Nic> rest = new ArrayList<>();
        for (Nic nic : fw.nics()) {
            NetworkKind kind = lab.network(nic.network()).map(n -> n.kind()).orElse(null);
            if (kind == NetworkKind.WAN && wan.isEmpty()) {
                wan.add(nic);
            } else if (kind == NetworkKind.LAN && lan.isEmpty()) {
                lan.add(nic);
            } else {
                rest.add(nic);
            }
        }
        if (wan.isEmpty()) {
            throw new RenderException("node '" + fw.id() + "': pfSense needs a NIC on a WAN network (it becomes vtnet0)");
        }
        if (lan.isEmpty() && !rest.isEmpty()) {
            lan.add(rest.remove(0));
        }
        List<Nic> out = new ArrayList<>(wan);
        out.addAll(lan);
        out.addAll(rest);
        return out;
    }

    /** pfSense's name for the interface at {@code index} in {@link #nicOrder}: wan, lan, opt1, opt2, ... */
    public static String interfaceName(int index) {
        return switch (index) {
            case 0 -> "wan";
            case 1 -> "lan";
            default -> "opt" + (index - 1);
        };
    }
}
