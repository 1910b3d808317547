package io.labforge.deploy.provision;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One file generated from the lab.
 *
 * @param owner      node id, or {@link #HOST} for the Proxmox host's files
 * @param name       file name, e.g. {@code haproxy.cfg}; also its name under {@code DIR/<owner>/} when rendered
 * @param content    the text
 * @param installAt  absolute path on the guest where provisioning installs it; {@code null}: not installed
 *                   by provisioning (cloud-init data, files offered for manual import, scripts)
 * @param mode       file mode on the guest, e.g. {@code 0644}
 * @param overridden {@code true} when the content comes from the user's override file
 */
public record GeneratedFile(String owner, String name, String content, String installAt, int mode, boolean overridden) {

    /** Owner of the files that belong to the Proxmox host rather than a guest. */
    public static final String HOST = "host";

    public GeneratedFile {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(content, "content");
        if (owner.isEmpty() || owner.contains("/") || owner.contains("\\") || owner.startsWith(".")) {
            throw new RenderException("'" + Role.printable(owner) + "' cannot name a directory of generated files;"
                    + " node ids are letters, digits and hyphens");
        }
        if (name.contains("/") || name.startsWith(".")) {
            throw new IllegalArgumentException("generated file names are plain names: " + name);
        }
    }

    public static GeneratedFile config(String owner, String name, String content, String installAt) {
        return new GeneratedFile(owner, name, content, installAt, 0644, false);
    }

    public static GeneratedFile local(String owner, String name, String content) {
        return new GeneratedFile(owner, name, content, null, 0644, false);
    }

    public GeneratedFile withContent(String newContent, boolean fromOverride) {
        return new GeneratedFile(owner, name, newContent, installAt, mode, fromOverride);
    }

    public GeneratedFile withMode(int newMode) {
        return new GeneratedFile(owner, name, content, installAt, newMode, overridden);
    }

    public byte[] bytes() {
        return content.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code owner/name}, the path under a render directory. */
    public String relativePath() {
        return owner + "/" + name;
    }
}
