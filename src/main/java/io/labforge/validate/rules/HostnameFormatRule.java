package io.labforge.validate.rules;

import io.labforge.model.Node;
import io.labforge.validate.Findings;
import io.labforge.validate.NodeRule;
import io.labforge.validate.QuickFix;
import io.labforge.validate.RuleContext;
import io.labforge.validate.Severity;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Proxmox takes a guest's name as a DNS name (RFC 1123); cloud-init sets it as the hostname. */
final class HostnameFormatRule extends BaseRule implements NodeRule {

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?");

    HostnameFormatRule() {
        super("LF103", Severity.ERROR, "Hostnames are valid RFC 1123 names",
                "Letters, digits and '-' in dot-separated labels of 1-63 characters; quick fix: a cleaned-up hostname");
    }

    @Override
    public void check(Node node, RuleContext ctx, Findings out) {
        if (!ctx.isGuest(node)) {
            return;
        }
        String name = node.effectiveHostname();
        if (isValid(name)) {
            return;
        }
        String from = node.hostname() == null || node.hostname().isBlank() ? "its id" : "its hostname";
        String clean = clean(name);
        QuickFix fix = isValid(clean)
                ? QuickFix.of("Set the hostname of " + Say.node(node) + " to '" + clean + "'",
                        lab -> lab.updateNode(node.id(), n -> n.withHostname(clean)))
                : null;
        out.add(Say.node(node) + " has the invalid hostname '" + name + "' (from " + from + ")",
                "use letters, digits and '-' in labels of 1-63 characters, not starting or ending with '-'"
                        + (fix == null ? "" : ", e.g. '" + clean + "'"),
                List.of(node.id()), fix);
    }

    static boolean isValid(String name) {
        if (name == null || name.isEmpty() || name.length() > 253) {
            return false;
        }
        for (String label : name.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    static String clean(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.-]+", "-").replaceAll("-{2,}", "-")
                .replaceAll("\\.{2,}", ".").replaceAll("(^[-.]+)|([-.]+$)", "").replaceAll("-\\.|\\.-", ".");
        return s.length() > 63 ? s.substring(0, 63).replaceAll("[-.]+$", "") : s;
    }
}
