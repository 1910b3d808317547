package io.labforge.proxmox.firewall;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.labforge.proxmox.api.Params;

/**
 * Firewall options of a level (datacenter, node or guest). Null fields are left unchanged on update;
 * send only the ones that exist at that level ({@code ipfilter}/{@code macfilter}/{@code dhcp} are guest
 * options, {@code ebtables}/{@code policy_forward} datacenter options).
 */
public record FirewallOptions(Boolean enable, @JsonProperty("policy_in") String policyIn,
                              @JsonProperty("policy_out") String policyOut, Boolean dhcp, Boolean macfilter,
                              Boolean ipfilter, Boolean ebtables) {

    public static FirewallOptions enabled(boolean on) {
        return new FirewallOptions(on, null, null, null, null, null, null);
    }

    public FirewallOptions withPolicies(String in, String out) {
        return new FirewallOptions(enable, in, out, dhcp, macfilter, ipfilter, ebtables);
    }

    public FirewallOptions withIpFilter(Boolean on) {
        return new FirewallOptions(enable, policyIn, policyOut, dhcp, macfilter, on, ebtables);
    }

    Params toParams() {
        return Params.create().put("enable", enable).put("policy_in", policyIn).put("policy_out", policyOut)
                .put("dhcp", dhcp).put("macfilter", macfilter).put("ipfilter", ipfilter).put("ebtables", ebtables);
    }
}
