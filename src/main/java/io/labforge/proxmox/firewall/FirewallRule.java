package io.labforge.proxmox.firewall;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.labforge.proxmox.api.Params;

/**
 * One firewall rule. {@code type} is {@code in}, {@code out}, {@code forward} or {@code group} (then
 * {@code action} is the security group's name). Rules the API creates are disabled unless
 * {@code enable=1} is sent, and each new rule goes to the top (position 0).
 */
public record FirewallRule(Integer pos, String type, String action, Integer enable, String macro, String proto,
                           String dport, String sport, String source, String dest, String iface, String comment,
                           @JsonProperty("log") String log) {

    /** An enabled rule: e.g. {@code FirewallRule.of("in", "ACCEPT").port("tcp", "22")}. */
    public static FirewallRule of(String type, String action) {
        return new FirewallRule(null, type, action, 1, null, null, null, null, null, null, null, null, null);
    }

    public FirewallRule port(String protocol, String destinationPort) {
        return new FirewallRule(pos, type, action, enable, macro, protocol, destinationPort, sport, source, dest, iface, comment, log);
    }

    public FirewallRule from(String sourceSpec) {
        return new FirewallRule(pos, type, action, enable, macro, proto, dport, sport, sourceSpec, dest, iface, comment, log);
    }

    public FirewallRule macro(String name) {
        return new FirewallRule(pos, type, action, enable, name, proto, dport, sport, source, dest, iface, comment, log);
    }

    public FirewallRule comment(String text) {
        return new FirewallRule(pos, type, action, enable, macro, proto, dport, sport, source, dest, iface, text, log);
    }

    public boolean enabled() {
        return enable != null && enable == 1;
    }

    Params toParams() {
        return Params.create().put("type", type).put("action", action).put("enable", enable).put("macro", macro)
                .put("proto", proto).put("dport", dport).put("sport", sport).put("source", source).put("dest", dest)
                .put("iface", iface).put("comment", comment).put("log", log);
    }
}
