package io.labforge.deploy.provision;

import io.labforge.kind.Realization;
import io.labforge.model.Node;

import java.util.ArrayList;
import java.util.List;

/** All files of one Linux guest: its roles' files, user-data, network-config and provision script. */
final class GuestRenderer {

    private final List<Role> roles;
    private final ProvisionSettings settings;

    GuestRenderer(ProvisionSettings settings) {
        this.settings = settings;
        this.roles = List.of(new BaseRole(), new PackagesRole(), new HaproxyRole(), new NftablesRole(), new BastionRole(settings),
                new K3sRole(), new KubeadmRole(), new PostgresRole(), new MysqlRole(), new SambaDcRole(), new MonitoringRole(), new WazuhManagerRole());
    }

    RoleOutput roles(Node node, LabFacts facts) {
        RoleOutput all = new RoleOutput();
        for (Role r : roles) {
            if (r.appliesTo(node, facts)) {
                all.addAll(r.render(node, facts));
            }
        }
        return all;
    }

    /** The guest's files; {@code overrides} replaces role files before they are embedded in user-data. */
    List<GeneratedFile> render(Node node, LabFacts facts, Overrides overrides) {
        if (!Names.isHostname(node.effectiveHostname())) {
            throw new RenderException("node '" + node.id() + "': '" + node.effectiveHostname() + "' is not a valid hostname"
                    + " (letters, digits and hyphens, at most 63); set 'hostname'");
        }
        RoleOutput role = roles(node, facts);
        role.files.replaceAll(overrides::apply);
        List<GeneratedFile> out = new ArrayList<>(role.files);
        if (facts.realization(node) == Realization.VM_FROM_TEMPLATE) {
            out.add(overrides.apply(GeneratedFile.local(node.id(), "user-data", CloudInit.userData(node, facts, settings, role))));
            out.add(overrides.apply(GeneratedFile.local(node.id(), "network-config", CloudInit.networkConfig(node, facts))));
        }
        out.add(overrides.apply(GeneratedFile.local(node.id(), ProvisionScript.NAME, ProvisionScript.render(node, facts, role)).withMode(0700)));
        return out;
    }
}
