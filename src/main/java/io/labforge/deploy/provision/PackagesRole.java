package io.labforge.deploy.provision;

import io.labforge.model.Node;

/** Extra Debian packages listed in the role ({@code packages}) of general-purpose guests. */
final class PackagesRole implements Role {

    @Override
    public boolean appliesTo(Node node, LabFacts facts) {
        return facts.isLinuxGuest(node) && node.role().containsKey("packages");
    }

    @Override
    public RoleOutput render(Node node, LabFacts facts) {
        RoleOutput out = new RoleOutput();
        for (String p : new RoleSettings(node).strings("packages")) {
            if (!p.matches("[a-z0-9][a-z0-9+.-]+")) {
                throw new RenderException("node '" + node.id() + "': role.packages holds '" + p
                        + "', which is not a Debian package name");
            }
            out.packages(p);
        }
        return out;
    }
}
