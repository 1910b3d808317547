package io.labforge.deploy.provision;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Deploy-time settings the renderers need that are not part of the lab.
 *
 * @param adminUser     the user cloud-init creates and provisioning logs in as (key only, sudo)
 * @param sshPublicKeys OpenSSH public keys authorised for that user (public keys are not secrets)
 */
public record ProvisionSettings(String adminUser, List<String> sshPublicKeys) {

    public static final String DEFAULT_USER = "labforge";
    private static final Pattern USER = Pattern.compile("[a-z_][a-z0-9_-]{0,31}");

    public ProvisionSettings {
        adminUser = adminUser == null ? DEFAULT_USER : adminUser;
        if (!USER.matcher(adminUser).matches()) {
            throw new IllegalArgumentException("'" + adminUser + "' is not a valid Linux user name");
        }
        sshPublicKeys = List.copyOf(sshPublicKeys == null ? List.of() : sshPublicKeys);
        for (String k : sshPublicKeys) {
            if (k.contains("PRIVATE KEY") || k.contains("\n")) {
                throw new IllegalArgumentException("an SSH public key is one line like 'ssh-ed25519 AAAA... comment'");
            }
        }
    }

    public static ProvisionSettings of(List<String> keys) {
        return new ProvisionSettings(DEFAULT_USER, keys);
    }
}
