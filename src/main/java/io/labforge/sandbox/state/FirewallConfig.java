package io.labforge.sandbox.state;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Firewall objects by scope: {@code cluster}, {@code node/pve1}, {@code vm/105}. Rules are kept in order,
 * new rules go to the top (position 0) as on PVE.
 */
public final class FirewallConfig {

    private final Map<String, Map<String, Object>> options = new HashMap<>();
    private final Map<String, List<Map<String, Object>>> rules = new HashMap<>();
    private final Map<String, Map<String, List<Map<String, Object>>>> ipsets = new HashMap<>();
    private final Map<String, Map<String, Object>> ipsetComments = new HashMap<>();
    private final Map<String, Map<String, Object>> groups = new TreeMap<>();
    private final Map<String, Map<String, Map<String, Object>>> aliases = new HashMap<>();

    public Map<String, Object> options(String scope) {
        return options.computeIfAbsent(scope, s -> new TreeMap<>());
    }

    /** Rules of a scope, or of a security group when scope is {@code group/NAME}. */
    public List<Map<String, Object>> rules(String scope) {
        return rules.computeIfAbsent(scope, s -> new ArrayList<>());
    }

    /** Security groups: name → {group, comment}. */
    public Map<String, Map<String, Object>> groups() {
        return groups;
    }

    public Map<String, List<Map<String, Object>>> ipsets(String scope) {
        return ipsets.computeIfAbsent(scope, s -> new TreeMap<>());
    }

    public Map<String, Object> ipsetComments(String scope) {
        return ipsetComments.computeIfAbsent(scope, s -> new HashMap<>());
    }

    public Map<String, Map<String, Object>> aliases(String scope) {
        return aliases.computeIfAbsent(scope, s -> new TreeMap<>());
    }

    /** Drops a guest's firewall with the guest. */
    public void removeScope(String scope) {
        options.remove(scope);
        rules.remove(scope);
        ipsets.remove(scope);
        ipsetComments.remove(scope);
        aliases.remove(scope);
    }
}
