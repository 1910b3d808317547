package io.labforge.sandbox.state;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * SDN zones, vnets and subnets: the running set and the pending edit that {@code PUT /cluster/sdn} applies.
 * Each node reloads a little after the apply task ends, so per-node status lags (PITFALLS #18).
 */
public final class SdnConfig {

    /** The three object kinds, each a map id → properties. */
    public enum Kind { ZONES, VNETS, SUBNETS }

    private final Map<Kind, Map<String, Map<String, Object>>> running = new HashMap<>();
    private final Map<Kind, Map<String, Map<String, Object>>> pending = new HashMap<>();
    private final Map<String, Map<String, String>> nodeZoneStatus = new HashMap<>();
    private String lockToken;

    public SdnConfig() {
        for (Kind k : Kind.values()) {
            running.put(k, new TreeMap<>());
            pending.put(k, new TreeMap<>());
        }
    }

    public Map<String, Map<String, Object>> running(Kind kind) {
        return running.get(kind);
    }

    /** The edited (pending) objects; what GET lists by default. */
    public Map<String, Map<String, Object>> pending(Kind kind) {
        return pending.get(kind);
    }

    /** new, changed, deleted, or null when the object is unchanged. */
    public String state(Kind kind, String id) {
        Map<String, Object> r = running.get(kind).get(id);
        Map<String, Object> p = pending.get(kind).get(id);
        if (r == null) {
            return p == null ? null : "new";
        }
        if (p == null) {
            return "deleted";
        }
        return r.equals(p) ? null : "changed";
    }

    public boolean dirty() {
        return !running.equals(pending);
    }

    public void apply() {
        for (Kind k : Kind.values()) {
            running.get(k).clear();
            pending.get(k).forEach((id, props) -> running.get(k).put(id, new TreeMap<>(props)));
        }
    }

    public void rollback() {
        for (Kind k : Kind.values()) {
            pending.get(k).clear();
            running.get(k).forEach((id, props) -> pending.get(k).put(id, new TreeMap<>(props)));
        }
    }

    /** Per node: zone → available | pending. */
    public Map<String, String> zoneStatus(String node) {
        return nodeZoneStatus.computeIfAbsent(node, n -> new TreeMap<>());
    }

    public String lockToken() {
        return lockToken;
    }

    public void lockToken(String token) {
        this.lockToken = token;
    }
}
