package io.labforge.deploy;

import io.labforge.model.Lab;
import io.labforge.model.Node;

import java.util.function.Consumer;

/**
 * Applies a node's role once its guest answers: uploads generated files and runs the role's
 * steps. The engine calls it after "wait until ready" and before "verify".
 */
public interface ProvisioningHook {

    /** For labs deployed without provisioning (guests only). */
    ProvisioningHook NONE = (lab, node, address, output) -> { };

    /**
     * @param address the guest's reachable IPv4 address
     * @param output  receives every line of remote output, for the progress panel
     * @throws ProvisioningException with a message in plain words when a step fails
     */
    void provision(Lab lab, Node node, String address, Consumer<String> output) throws ProvisioningException;
}
