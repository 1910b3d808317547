package io.labforge.sandbox.auth;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The effective rights of the sandbox user/token: privileges granted on ACL paths, propagating to sub-paths
 * (as {@code propagate=1} grants do on PVE).
 */
public final class Acl {

    private final Map<String, Set<String>> grants;

    public Acl(Map<String, Set<String>> grants) {
        Map<String, Set<String>> copy = new TreeMap<>();
        grants.forEach((path, privs) -> {
            for (String p : privs) {
                if (!Privileges.ALL.contains(p)) {
                    throw new IllegalArgumentException("invalid privilege '" + p + "'");
                }
            }
            copy.put(path, Set.copyOf(privs));
        });
        this.grants = Map.copyOf(copy);
    }

    /** Administrator on {@code /}. */
    public static Acl administrator() {
        return new Acl(Map.of("/", Privileges.ALL));
    }

    public boolean has(String path, String privilege) {
        for (Map.Entry<String, Set<String>> g : grants.entrySet()) {
            if (covers(g.getKey(), path) && g.getValue().contains(privilege)) {
                return true;
            }
        }
        return false;
    }

    private static boolean covers(String grant, String path) {
        return grant.equals("/") || path.equals(grant) || path.startsWith(grant + "/");
    }

    /**
     * What {@code GET /access/permissions} answers: for each granted path (or the asked one), the privileges
     * that apply there.
     */
    public Map<String, Map<String, Integer>> dump(String onlyPath) {
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        Set<String> paths = onlyPath == null ? grants.keySet() : Set.of(onlyPath);
        for (String path : paths) {
            Map<String, Integer> privs = new TreeMap<>();
            for (String p : new TreeSet<>(Privileges.ALL)) {
                if (has(path, p)) {
                    privs.put(p, 1);
                }
            }
            out.put(path, privs);
        }
        return out;
    }
}
