package io.labforge.proxmox.version;

/** {@code GET /version}: e.g. version {@code 9.1.9}, release {@code 9.1}. */
public record PveVersion(String version, String release, String repoid) {

    /** The major version (8, 9, ...), or 0 if the server sent something unexpected. */
    public int major() {
        String v = release != null && !release.isBlank() ? release : version;
        try {
            return Integer.parseInt(v.split("\\.")[0].trim());
        } catch (RuntimeException e) {
            return 0;
        }
    }
}
