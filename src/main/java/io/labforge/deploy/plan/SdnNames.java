package io.labforge.deploy.plan;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * IDs for the SDN objects of a lab. Proxmox allows 2-8 letters and digits, starting with a letter, so a lab name
 * cannot be spelled out: an ID is a letter ({@code z} zone, {@code v} vnet) and seven base-36 digits of a hash of
 * the lab and what the object is for. The planner tries {@code attempt} 0, 1, ... until the ID is free or already
 * the lab's own, so a clash with another object is skipped rather than taken over.
 */
final class SdnNames {

    private static final long SPACE = 78_364_164_096L; // 36^7

    private SdnNames() {
    }

    static String zone(String lab, String purpose, int attempt) {
        return "z" + digits(Marker.slug(lab) + "|zone|" + purpose + "|" + attempt);
    }

    static String vnet(String lab, String network, int attempt) {
        return "v" + digits(Marker.slug(lab) + "|vnet|" + network + "|" + attempt);
    }

    /** A VXLAN network identifier (1..16777215) for a network without a VLAN tag. */
    static int vni(String lab, String network, int attempt) {
        return (int) (hash(Marker.slug(lab) + "|vni|" + network + "|" + attempt) % 16_777_214L) + 1;
    }

    private static String digits(String text) {
        String d = Long.toString(hash(text) % SPACE, 36);
        return "0".repeat(7 - d.length()) + d;
    }

    private static long hash(String text) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = v << 8 | (h[i] & 0xFF);
            }
            return v & Long.MAX_VALUE;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
