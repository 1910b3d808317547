package io.labforge.deploy.provision;

import io.labforge.kind.Realization;
import io.labforge.model.Node;
import io.labforge.shell.ShellQuote;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cloud-init user-data delivered to VMs as a Proxmox snippet: the API cannot upload one, so a host
 * step writes the file into the snippets folder of a storage on the VM's node and the VM's
 * {@code cicustom} points at it. The file name carries the lab, the VM and a digest of the content,
 * so a changed user-data is a new file (the old one is removed first).
 */
public final class UserDataSnippets {

    private static final String STORAGE_ID = "[A-Za-z][A-Za-z0-9_.-]*";

    private UserDataSnippets() {
    }

    /**
     * Lab node id → its user-data, for every VM cloned from a template: the override file when the user
     * wrote one, else the generated file with the role files it embeds overridden.
     */
    public static Map<String, String> render(LabFacts facts, ProvisionSettings settings, Overrides overrides) {
        GuestRenderer renderer = new GuestRenderer(settings);
        Map<String, String> out = new LinkedHashMap<>();
        for (Node node : facts.lab().nodes()) {
            if (facts.isLinuxGuest(node) && facts.realization(node) == Realization.VM_FROM_TEMPLATE) {
                renderer.render(node, facts, overrides).stream().filter(f -> f.name().equals("user-data"))
                        .findFirst().ifPresent(f -> out.put(node.id(), f.content()));
            }
        }
        return out;
    }

    /** {@code labforge-LAB-VM-DIGEST.yaml}, letters, digits and hyphens only. */
    public static String fileName(String lab, String guestId, String content) {
        return "labforge-" + clean(lab) + "-" + clean(guestId) + "-" + digest(content) + ".yaml";
    }

    /** {@code STORAGE:snippets/FILE}, what {@code cicustom: user=} names. */
    public static String volume(String storage, String file) {
        if (!storage.matches(STORAGE_ID)) {
            throw new IllegalArgumentException("'" + storage + "' is not a Proxmox storage id");
        }
        return storage + ":snippets/" + file;
    }

    /**
     * The step that writes {@code content} as {@code directory/file} on {@code node}: to a temporary
     * file, then renamed, so cloud-init never reads half a file. Guests on {@code networks} start after it.
     */
    public static HostStep step(String guestId, String node, String volume, String directory, String file, String content,
                                List<String> networks) {
        if (!directory.startsWith("/")) {
            throw new IllegalArgumentException("snippets directory '" + directory + "' is not an absolute path");
        }
        String dir = directory.replaceAll("/+$", "");
        String path = ShellQuote.quote(dir + "/" + file);
        String tmp = ShellQuote.quote(dir + "/." + file + ".tmp");
        String payload = ShellQuote.quote(content);
        return new HostStep("user-data:" + guestId, node,
                "write the cloud-init user-data of " + guestId + " to " + volume + " on " + node,
                networks,
                "printf '%s' " + payload + " | cmp -s - " + path,
                "printf '%s' " + payload + " > " + tmp + " && mv -f " + tmp + " " + path,
                "rm -f " + path);
    }

    private static String clean(String text) {
        String s = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" : s;
    }

    private static String digest(String content) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
