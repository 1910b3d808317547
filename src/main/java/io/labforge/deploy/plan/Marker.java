package io.labforge.deploy.plan;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a lab marks what it owns on Proxmox: a tag {@code labforge-<lab>} on every guest, and a first
 * description line {@code labforge: lab=<lab> node=<id>} naming the lab node it realises (also set
 * by the clone call, before tags can be). Bridges carry {@code labforge: lab=<lab>} as comment; SDN vnets carry
 * {@code labforge lab=<lab> net=<network>} as alias.
 */
public final class Marker {

    private static final Pattern LINE = Pattern.compile("^labforge: lab=(\\S+) node=(\\S+)");
    private static final Pattern BRIDGE = Pattern.compile("^labforge: lab=(\\S+)");
    private static final Pattern VNET = Pattern.compile("^labforge lab=(\\S+) net=(\\S+)$");

    private Marker() {
    }

    /** The guest tag of a lab; Proxmox tags are lower case {@code [a-z0-9_][a-z0-9_-+.]*}. */
    public static String tag(String lab) {
        return "labforge-" + slug(lab);
    }

    /** A lab name or free tag turned into a valid Proxmox tag body. */
    public static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_+.-]", "-");
        return s.isEmpty() || s.charAt(0) == '-' || s.charAt(0) == '+' || s.charAt(0) == '.' ? "x" + s : s;
    }

    /** Marker line plus the node's own description. */
    public static String description(String lab, String nodeId, String userText) {
        String line = "labforge: lab=" + slug(lab) + " node=" + nodeId;
        return userText == null || userText.isBlank() ? line : line + "\n" + userText.strip();
    }

    public static String bridgeComment(String lab) {
        return "labforge: lab=" + slug(lab);
    }

    /** The lab node a guest description names, when it names one of {@code lab}. */
    public static Optional<String> nodeOf(String description, String lab) {
        if (description == null) {
            return Optional.empty();
        }
        Matcher m = LINE.matcher(description);
        return m.find() && m.group(1).equals(slug(lab)) ? Optional.of(m.group(2)) : Optional.empty();
    }

    /** Whether a bridge comment marks it as created for {@code lab}. */
    public static boolean marksBridge(String comment, String lab) {
        if (comment == null) {
            return false;
        }
        Matcher m = BRIDGE.matcher(comment);
        return m.find() && m.group(1).equals(slug(lab));
    }

    /** The alias of the SDN vnet that realises lab network {@code network}. */
    public static String vnetAlias(String lab, String network) {
        return "labforge lab=" + slug(lab) + " net=" + slug(network);
    }

    /** The lab network (as slug) a vnet alias names, when it names one of {@code lab}. */
    public static Optional<String> networkOf(String alias, String lab) {
        if (alias == null) {
            return Optional.empty();
        }
        Matcher m = VNET.matcher(alias);
        return m.find() && m.group(1).equals(slug(lab)) ? Optional.of(m.group(2)) : Optional.empty();
    }
}
