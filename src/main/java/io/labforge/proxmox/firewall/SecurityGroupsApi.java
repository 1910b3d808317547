package io.labforge.proxmox.firewall;

import com.fasterxml.jackson.core.type.TypeReference;
import io.labforge.proxmox.api.ApiClient;
import io.labforge.proxmox.api.ApiRequest;
import io.labforge.proxmox.api.Params;

import java.util.List;

/**
 * {@code /cluster/firewall/groups}: named rule sets, applied to a guest with a rule of type {@code group}
 * whose action is the group's name.
 */
public final class SecurityGroupsApi {

    private final ApiClient api;

    public SecurityGroupsApi(ApiClient api) {
        this.api = api;
    }

    public record Group(String group, String comment, String digest) {
    }

    public List<Group> list() {
        return api.call(ApiRequest.get("/cluster/firewall/groups").action("list security groups"),
                new TypeReference<List<Group>>() { });
    }

    public void create(String group, String comment) {
        api.call(ApiRequest.post("/cluster/firewall/groups").with(Params.create().put("group", group).put("comment", comment))
                .action("create security group " + group));
    }

    public List<FirewallRule> rules(String group) {
        return api.call(ApiRequest.get("/cluster/firewall/groups/{group}", group).action("list the rules of security group " + group),
                new TypeReference<List<FirewallRule>>() { });
    }

    public void addRule(String group, FirewallRule rule) {
        api.call(ApiRequest.post("/cluster/firewall/groups/{group}", group).with(rule.toParams())
                .action("add a rule to security group " + group));
    }

    public void deleteRule(String group, int pos) {
        api.call(ApiRequest.delete("/cluster/firewall/groups/{group}/{pos}", group, pos)
                .action("delete rule " + pos + " of security group " + group));
    }

    /** Deletes an (empty) group. */
    public void delete(String group) {
        api.call(ApiRequest.delete("/cluster/firewall/groups/{group}", group).action("delete security group " + group));
    }
}
