package io.labforge.deploy.provision;

import io.labforge.deploy.ProvisioningException;

/** Per-lab secrets generated at deploy time and kept outside the lab file. */
public interface SecretStore {

    /** The secret {@code name} of lab {@code labSlug}, generated and kept on first use. */
    String secret(String labSlug, String name) throws ProvisioningException;
}
