package io.labforge.deploy.provision;

import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.model.Node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns a lab into every file its provisioning uses: pure, no network, no secrets. */
public final class LabRenderer {

    private final NodeKinds kinds;
    private final ProvisionSettings settings;

    public LabRenderer(NodeKinds kinds, ProvisionSettings settings) {
        this.kinds = kinds;
        this.settings = settings;
    }

    public NodeKinds kinds() {
        return kinds;
    }

    public RenderedLab render(Lab lab, Overrides overrides) {
        LabFacts facts = new LabFacts(lab, kinds);
        GuestRenderer guests = new GuestRenderer(settings);
        List<GeneratedFile> files = new ArrayList<>();
        Map<String, List<SecretFile>> secrets = new LinkedHashMap<>();
        List<RenderedLab.Error> errors = new ArrayList<>();
        for (Node node : lab.nodes()) {
            try {
                if (facts.isLinuxGuest(node)) {
                    files.addAll(guests.render(node, facts, overrides));
                    List<SecretFile> s = guests.roles(node, facts).secrets;
                    if (!s.isEmpty()) {
                        secrets.put(node.id(), List.copyOf(s));
                    }
                } else if (node.kind().equals("firewall") && "pfsense".equals(facts.flavor(node))) {
                    new PfSenseRenderer().render(node, facts).stream().map(overrides::apply).forEach(files::add);
                } else if (node.kind().equals("firewall") && "opnsense".equals(facts.flavor(node))) {
                    new OpnSenseRenderer().render(node, facts).stream().map(overrides::apply).forEach(files::add);
                }
            } catch (RenderException e) {
                errors.add(new RenderedLab.Error(node.id(), e.getMessage()));
            }
        }
        List<HostStep> steps = List.of();
        try {
            HostSteps host = new HostSteps(facts);
            steps = host.steps();
            if (!steps.isEmpty()) {
                files.add(overrides.apply(GeneratedFile.local(GeneratedFile.HOST, "nat.sh", host.applyScript()).withMode(0755)));
                files.add(overrides.apply(GeneratedFile.local(GeneratedFile.HOST, "nat-remove.sh", host.removeScript()).withMode(0755)));
                for (Node h : facts.ofKind("proxmox-host")) {
                    List<io.labforge.model.Network> nat = host.natNetworks(h);
                    if (!nat.isEmpty()) {
                        files.add(overrides.apply(GeneratedFile.local(GeneratedFile.HOST, "labforge-" + facts.slug(),
                                host.interfacesSnippet(h, nat, host.uplink(h)))));
                    }
                }
            }
        } catch (RenderException e) {
            errors.add(new RenderedLab.Error(GeneratedFile.HOST, e.getMessage()));
        }
        return new RenderedLab(files, steps, secrets, errors, overrides.unused());
    }
}
