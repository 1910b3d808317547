package io.labforge.deploy.port;

/**
 * A storage with {@code snippets} content, where cloud-init user-data files go.
 *
 * @param storage   storage id, e.g. {@code local}
 * @param directory its directory on the node, {@code null}: unknown (only a directory storage's path is)
 */
public record SnippetStorage(String storage, String directory) {

    /** Where {@code local} lives on every Proxmox node. */
    public static final String LOCAL_DIRECTORY = "/var/lib/vz";

    /** The folder the snippet files go into, e.g. {@code /var/lib/vz/snippets}. */
    public String snippetsDirectory() {
        return directory == null ? null : directory.replaceAll("/+$", "") + "/snippets";
    }
}
