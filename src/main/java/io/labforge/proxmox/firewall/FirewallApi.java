package io.labforge.proxmox.firewall;

import com.fasterxml.jackson.core.type.TypeReference;
import io.labforge.proxmox.api.ApiClient;
import io.labforge.proxmox.api.ApiRequest;
import io.labforge.proxmox.api.Params;

import java.util.ArrayList;
import java.util.List;

/**
 * Options, rules and IP sets of one firewall level: {@code /cluster/firewall}, {@code /nodes/{node}/firewall}
 * or {@code /nodes/{node}/qemu|lxc/{vmid}/firewall}. A guest rule only has an effect when the datacenter
 * firewall, the guest firewall and the NIC's {@code firewall=1} are all on.
 */
public final class FirewallApi {

    private final ApiClient api;
    private final String base;
    private final String owner;
    private final Object[] args;

    /** @param base path template of the level, e.g. {@code /nodes/{node}/qemu/{vmid}/firewall} */
    public FirewallApi(ApiClient api, String base, String owner, Object... args) {
        this.api = api;
        this.base = base;
        this.owner = owner;
        this.args = args.clone();
    }

    public FirewallOptions options() {
        return api.call(ApiRequest.get(base + "/options", args).action("read the firewall options of " + owner), FirewallOptions.class);
    }

    /** Sets the non-null fields (absolute values, so safe to repeat). */
    public void setOptions(FirewallOptions options) {
        api.call(ApiRequest.put(base + "/options", args).with(options.toParams()).idempotent(true)
                .action("set the firewall options of " + owner));
    }

    public List<FirewallRule> rules() {
        return api.call(ApiRequest.get(base + "/rules", args).action("list the firewall rules of " + owner),
                new TypeReference<List<FirewallRule>>() { });
    }

    /** Adds a rule at the top (PVE ignores {@code pos} on create): add the last rule first. */
    public void addRule(FirewallRule rule) {
        api.call(ApiRequest.post(base + "/rules", args).with(rule.toParams())
                .action("add a firewall rule to " + owner));
    }

    public void moveRule(int pos, int moveTo) {
        api.call(ApiRequest.put(base + "/rules/{pos}", with(pos)).with(Params.create().put("moveto", moveTo))
                .action("move firewall rule " + pos + " of " + owner));
    }

    public void deleteRule(int pos) {
        api.call(ApiRequest.delete(base + "/rules/{pos}", with(pos)).action("delete firewall rule " + pos + " of " + owner));
    }

    public List<IpSet> ipSets() {
        return api.call(ApiRequest.get(base + "/ipset", args).action("list the IP sets of " + owner),
                new TypeReference<List<IpSet>>() { });
    }

    public void createIpSet(String name, String comment) {
        api.call(ApiRequest.post(base + "/ipset", args).with(Params.create().put("name", name).put("comment", comment))
                .action("create IP set " + name + " on " + owner));
    }

    public List<IpSetEntry> ipSetEntries(String name) {
        return api.call(ApiRequest.get(base + "/ipset/{name}", with(name)).action("list IP set " + name + " of " + owner),
                new TypeReference<List<IpSetEntry>>() { });
    }

    public void addToIpSet(String name, IpSetEntry entry) {
        api.call(ApiRequest.post(base + "/ipset/{name}", with(name))
                .with(Params.create().put("cidr", entry.cidr()).put("nomatch", entry.nomatch()).put("comment", entry.comment()))
                .action("add " + entry.cidr() + " to IP set " + name + " of " + owner));
    }

    public void removeFromIpSet(String name, String cidr) {
        api.call(ApiRequest.delete(base + "/ipset/{name}/{cidr}", with(name, cidr))
                .action("remove " + cidr + " from IP set " + name + " of " + owner));
    }

    /** Deletes an (empty) IP set. */
    public void deleteIpSet(String name) {
        api.call(ApiRequest.delete(base + "/ipset/{name}", with(name)).action("delete IP set " + name + " of " + owner));
    }

    private Object[] with(Object... more) {
        List<Object> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        return all.toArray();
    }
}
