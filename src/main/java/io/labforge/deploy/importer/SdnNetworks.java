package io.labforge.deploy.importer;

import io.labforge.deploy.port.SdnState;
import io.labforge.deploy.port.SdnSubnet;
import io.labforge.deploy.port.SdnVnet;
import io.labforge.deploy.port.SdnZone;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SDN vnets read as lab networks. The network's bridge is the vnet itself (guests attach to a vnet as to a bridge,
 * and the vnet does any tagging), so a re-deploy uses the vnet that is there instead of making another. The
 * subnet gives the CIDR and gateway; the zone is named in the description.
 */
final class SdnNetworks {

    private static final Pattern LABFORGE_ALIAS = Pattern.compile("^labforge lab=\\S+ net=(\\S+)$");

    private final SdnState sdn;
    /** vnet id → lab network id. */
    private final Map<String, String> ids = new LinkedHashMap<>();

    SdnNetworks(SdnState sdn) {
        this.sdn = sdn;
    }

    boolean isVnet(String bridge) {
        return sdn.vnet(bridge).isPresent();
    }

    /** One network per vnet, in the order Proxmox lists them; ids unique against {@code taken}. */
    Map<String, Network> networks(java.util.Set<String> taken) {
        Map<String, Network> out = new LinkedHashMap<>();
        for (SdnVnet v : sdn.vnets()) {
            String id = idFor(v, taken);
            ids.put(v.id(), id);
            taken.add(id);
            SdnSubnet subnet = sdn.subnetsOf(v.id()).stream().findFirst().orElse(null);
            String name = v.alias() == null || v.alias().isBlank() || LABFORGE_ALIAS.matcher(v.alias()).matches() ? null : v.alias();
            out.put(id, new Network(id, NetworkKind.LAN, name, v.id(), null, subnet == null ? null : subnet.cidr(),
                    subnet == null ? null : subnet.gateway(), null, describe(v)));
        }
        return out;
    }

    /** The lab network id of a vnet (after {@link #networks}). */
    String networkOf(String vnet) {
        return ids.get(vnet);
    }

    private String describe(SdnVnet v) {
        SdnZone z = sdn.zone(v.zone()).orElse(null);
        String zone = z == null ? "zone " + v.zone()
                : z.type() + " zone " + z.id() + (z.bridge() != null ? " on " + z.bridge() : "")
                + (z.peers().isEmpty() ? "" : " between " + String.join(", ", z.peers()));
        String tag = v.tag() == null ? "" : ("vlan".equals(z == null ? null : z.type()) ? ", VLAN " : ", tag ") + v.tag();
        return "SDN vnet " + v.id() + " (" + zone + tag + ")";
    }

    /** A Labforge vnet keeps its lab network's name; any other is named after the vnet. */
    private static String idFor(SdnVnet v, java.util.Set<String> taken) {
        Matcher m = LABFORGE_ALIAS.matcher(v.alias() == null ? "" : v.alias());
        String base = (m.matches() ? m.group(1) : v.id()).toLowerCase(Locale.ROOT);
        String id = base;
        for (int i = 2; taken.contains(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }
}
