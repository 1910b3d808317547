package io.labforge.io.export;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Names the OpenTofu file uses. The lab tag, the description marker and the derived MAC addresses
 * are the ones a Labforge deploy sets (the deploy package's {@code Marker} and {@code Macs}; io may
 * not depend on deploy, and a test keeps the two in step), so a lab deployed by Labforge can be
 * imported into OpenTofu without changes.
 */
final class TofuNames {

    private final Set<String> used = new HashSet<>();

    /** A unique resource name: letters, digits, '_' and '-', not starting with a digit. */
    String resource(String id) {
        String base = id.replaceAll("[^A-Za-z0-9_-]", "_");
        base = base.isEmpty() || !Character.isLetter(base.charAt(0)) && base.charAt(0) != '_' ? "n_" + base : base;
        String name = base;
        for (int i = 2; !used.add(name); i++) {
            name = base + "_" + i;
        }
        return name;
    }

    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_+.-]", "-");
        return s.isEmpty() || s.charAt(0) == '-' || s.charAt(0) == '+' || s.charAt(0) == '.' ? "x" + s : s;
    }

    static String labTag(String lab) {
        return "labforge-" + slug(lab);
    }

    static String description(String lab, String nodeId, String userText) {
        String line = "labforge: lab=" + slug(lab) + " node=" + nodeId;
        return userText == null || userText.isBlank() ? line : line + "\n" + userText.strip();
    }

    static String bridgeComment(String lab) {
        return "labforge: lab=" + slug(lab);
    }

    static String mac(String lab, String nodeId, int nicIndex, String pinned) {
        if (pinned != null) {
            return pinned.trim().toUpperCase(Locale.ROOT).replace('-', ':');
        }
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest((lab + "/" + nodeId + "/" + nicIndex).getBytes(StandardCharsets.UTF_8));
            return String.format(Locale.ROOT, "BC:24:11:%02X:%02X:%02X", h[0] & 0xff, h[1] & 0xff, h[2] & 0xff);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
