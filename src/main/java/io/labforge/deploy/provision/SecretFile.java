package io.labforge.deploy.provision;

import java.util.Objects;

/**
 * A secret a role needs on its guest. Rendered files only ever name the path; the value is put
 * there at deploy time and appears in no rendered file, lab file or log.
 *
 * @param name      key in the lab's secret store, e.g. {@code k3s-token}
 * @param installAt path on the guest (mode 0600, root)
 * @param fromNode  {@code null}: generated once per lab and kept in the secret store; else the node
 *                  whose file {@code fromPath} holds the value (read over SSH at deploy time)
 * @param fromPath  path on {@code fromNode}
 */
public record SecretFile(String name, String installAt, String fromNode, String fromPath) {

    public SecretFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(installAt, "installAt");
    }

    public static SecretFile generated(String name, String installAt) {
        return new SecretFile(name, installAt, null, null);
    }

    public static SecretFile copiedFrom(String name, String installAt, String node, String path) {
        return new SecretFile(name, installAt, node, path);
    }

    public boolean isGenerated() {
        return fromNode == null;
    }
}
