package io.labforge.deploy.provision;

import io.labforge.deploy.ProvisioningException;

/** Opens shells on the lab's guests (through the lab's bastion where there is one). */
@FunctionalInterface
public interface RemoteShells {

    RemoteShell open(String address) throws ProvisioningException;
}
