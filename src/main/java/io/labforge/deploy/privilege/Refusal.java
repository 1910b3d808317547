package io.labforge.deploy.privilege;

import io.labforge.shell.ShellQuote;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one message a refused run shows: which privileges are missing on which paths, what for, and the
 * {@code pveum} commands that grant exactly those (one role, an ACL entry per path; propagating, as
 * {@code pveum acl modify} does by default).
 */
public final class Refusal {

    /** Name suggested for the role holding the missing privileges. */
    public static final String ROLE = "LabforgeLab";

    private Refusal() {
    }

    /** {@code action} is what was refused, e.g. "deploy", "start the lab". */
    public static String text(String action, String principal, List<Missing> missing) {
        Map<String, Set<String>> pathsByPrivilege = new LinkedHashMap<>();
        Map<String, String> whyByPrivilege = new LinkedHashMap<>();
        Map<String, Set<String>> privilegesByGrant = new LinkedHashMap<>();
        for (Missing m : missing) {
            pathsByPrivilege.computeIfAbsent(m.privilege(), k -> new LinkedHashSet<>()).add(m.path());
            whyByPrivilege.putIfAbsent(m.privilege(), m.why());
            privilegesByGrant.computeIfAbsent(m.grantOn(), k -> new TreeSet<>()).add(m.privilege());
        }
        boolean token = principal != null && principal.contains("!");
        StringBuilder b = new StringBuilder();
        b.append(token ? "the API token " : "the user ").append(principal).append(" lacks ").append(pathsByPrivilege.size())
                .append(pathsByPrivilege.size() == 1 ? " privilege" : " privileges").append(" to ").append(action).append(":");
        pathsByPrivilege.forEach((priv, paths) -> b.append("\n  ").append(priv).append(" on ").append(shortList(paths))
                .append(" (to ").append(whyByPrivilege.get(priv)).append(paths.size() > 1 ? " and others" : "").append(")"));
        Set<String> all = new TreeSet<>(pathsByPrivilege.keySet());
        String who = (token ? "--tokens " : "--users ") + ShellQuote.quote(principal);
        b.append("\nGrant ").append(all.size() == 1 ? "it" : "them").append(" on the Proxmox host, then try again:");
        b.append("\n  pveum role add ").append(ROLE).append(" --privs ").append(ShellQuote.quote(String.join(",", all)));
        privilegesByGrant.keySet().forEach(path -> b.append("\n  pveum acl modify ").append(ShellQuote.quote(path)).append(' ')
                .append(who).append(" --roles ").append(ROLE));
        b.append("\n(if the role exists: pveum role modify ").append(ROLE).append(" --append 1 --privs ")
                .append(ShellQuote.quote(String.join(",", all))).append(")");
        if (token) {
            String user = principal.substring(0, principal.indexOf('!'));
            b.append("\n(a privilege-separated token holds only what its user holds too: grant the same to --users ")
                    .append(ShellQuote.quote(user)).append(" if the user lacks it)");
        }
        return b.toString();
    }

    private static String shortList(Set<String> paths) {
        List<String> list = List.copyOf(paths);
        if (list.size() <= 4) {
            return String.join(", ", list);
        }
        return String.join(", ", list.subList(0, 3)) + " and " + (list.size() - 3) + " more";
    }
}
