package io.labforge.sandbox.auth;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The effective rights of the sandbox user/token: privileges granted on ACL paths, propagating to sub-paths
 * (as {@code propagate=1} grants do on PVE). As on PVE, a guest's path {@code /vms/<vmid>} also holds what
 * is granted on the pool the guest is in.
 */
public final class Acl {

    private static final Pattern GUEST_PATH = Pattern.compile("^/vms/(\\d+)(/.*)?$");

    private final Map<String, Set<String>> grants;
    /** VMID to the pool it is in ({@code null}: none); unset until bound to a simulated cluster. */
    private final IntFunction<String> poolOf;

    public Acl(Map<String, Set<String>> grants) {
        this(grants, vmid -> null);
    }

    private Acl(Map<String, Set<String>> grants, IntFunction<String> poolOf) {
        this.poolOf = poolOf;
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

    /** The same grants, with pool membership looked up through {@code poolOf}. */
    public Acl withPools(IntFunction<String> poolOf) {
        return new Acl(grants, poolOf);
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
        Matcher m = GUEST_PATH.matcher(path);
        if (m.matches()) {
            String pool = poolOf.apply(Integer.parseInt(m.group(1)));
            return pool != null && has("/pool/" + pool, privilege);
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
