package io.labforge.proxmox.access;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The caller's effective privileges per ACL path ({@code GET /access/permissions}), e.g.
 * {@code "/vms" -> {VM.Audit, VM.PowerMgmt}}. For a privilege-separated token this is already the
 * intersection of the user's and the token's rights.
 */
public record Permissions(Map<String, Set<String>> byPath) {

    public Permissions {
        byPath = Map.copyOf(byPath);
    }

    /** Whether {@code privilege} is held on {@code path} itself or inherited from a parent path. */
    public boolean has(String path, String privilege) {
        for (String p = path; ; p = parent(p)) {
            if (byPath.getOrDefault(p, Set.of()).contains(privilege)) {
                return true;
            }
            if (p.equals("/")) {
                return false;
            }
        }
    }

    /** The paths where {@code privilege} is held, sorted. */
    public Set<String> pathsWith(String privilege) {
        Map<String, Set<String>> sorted = new TreeMap<>(byPath);
        sorted.values().removeIf(privs -> !privs.contains(privilege));
        return sorted.keySet();
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash <= 0 ? "/" : path.substring(0, slash);
    }
}
