package io.labforge.deploy.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * Deterministic MAC addresses under Proxmox's prefix {@code BC:24:11}, so that re-applying a plan
 * never changes a MAC (PITFALLS §15) and a re-created guest keeps its DHCP lease.
 */
public final class Macs {

    private Macs() {
    }

    public static String derive(String lab, String nodeId, int nicIndex) {
        byte[] h = sha256(lab + "/" + nodeId + "/" + nicIndex);
        return String.format(Locale.ROOT, "BC:24:11:%02X:%02X:%02X", h[0] & 0xff, h[1] & 0xff, h[2] & 0xff);
    }

    public static String normalise(String mac) {
        return mac == null ? null : mac.trim().toUpperCase(Locale.ROOT).replace('-', ':');
    }

    static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
