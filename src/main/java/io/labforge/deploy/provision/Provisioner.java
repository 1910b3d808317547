package io.labforge.deploy.provision;

import io.labforge.deploy.ProvisioningException;
import io.labforge.deploy.ProvisioningHook;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.model.Node;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Applies a node's role over a {@link RemoteShell}: uploads its rendered files and secrets to a
 * private staging directory, then runs its {@code provision.sh} as root, streaming the output.
 * The only commands sent are fixed strings; lab data and secrets travel as file content.
 */
public final class Provisioner implements ProvisioningHook {

    static final String STAGE = "labforge-stage";
    /** Files that cloud-init consumes through Proxmox, not provisioning. */
    private static final Set<String> NOT_UPLOADED = Set.of("user-data", "network-config");

    private final LabRenderer renderer;
    private final Overrides overrides;
    private final RemoteShells shells;
    private final SecretStore secrets;

    public Provisioner(NodeKinds kinds, ProvisionSettings settings, Overrides overrides, RemoteShells shells, SecretStore secrets) {
        this.renderer = new LabRenderer(kinds, settings);
        this.overrides = overrides;
        this.shells = shells;
        this.secrets = secrets;
    }

    @Override
    public void provision(Lab lab, Node node, String address, Consumer<String> output) throws ProvisioningException {
        LabFacts facts = new LabFacts(lab, renderer.kinds());
        if (!facts.isLinuxGuest(node)) {
            output.accept(node.id() + ": nothing to provision over SSH"
                    + (List.of("pfsense", "opnsense").contains(facts.flavor(node)) && node.kind().equals("firewall")
                    ? " (import the generated config.xml areas: see nics.txt)" : ""));
            return;
        }
        RenderedLab rendered = renderer.render(lab, overrides);
        var error = rendered.errorOf(node.id());
        if (error.isPresent()) {
            throw new ProvisioningException("cannot provision " + node.id() + ": " + error.get().message());
        }
        List<GeneratedFile> files = rendered.filesOf(node.id());
        try (RemoteShell shell = shells.open(address)) {
            output.accept("== " + node.id() + ": uploading " + files.size() + " generated files");
            shell.run("prepare the staging directory", "rm -rf " + STAGE + " && mkdir -m 700 " + STAGE, output);
            for (GeneratedFile f : files) {
                if (!NOT_UPLOADED.contains(f.name())) {
                    shell.upload(STAGE + "/" + f.name(), f.bytes(), 0600);
                }
            }
            for (SecretFile s : rendered.secretsOf(node.id())) {
                placeSecret(shell, lab, facts, node, s, output);
            }
            shell.run("provisioning of " + node.id(), "sudo -n /bin/sh " + STAGE + "/" + ProvisionScript.NAME, output);
            shell.run("clean up the staging directory", "rm -rf " + STAGE, output);
        }
    }

    private void placeSecret(RemoteShell shell, Lab lab, LabFacts facts, Node node, SecretFile s, Consumer<String> output)
            throws ProvisioningException {
        byte[] value;
        if (s.isGenerated()) {
            value = secrets.secret(facts.slug(), s.name()).getBytes(StandardCharsets.UTF_8);
        } else {
            Node source = lab.node(s.fromNode()).orElseThrow(() ->
                    new ProvisioningException("cannot provision " + node.id() + ": node " + s.fromNode() + " is not in the lab"));
            String at = facts.addressFrom(node, source).orElseThrow(() -> new ProvisioningException("cannot provision "
                    + node.id() + ": " + source.id() + " has no static IP to read " + s.name() + " from"));
            try (RemoteShell from = shells.open(at)) {
                value = from.read("read " + s.name() + " from " + source.id(),
                        "sudo -n cat " + s.fromPath() + " 2>/dev/null || { echo 'missing' >&2; exit 3; }");
            } catch (ProvisioningException e) {
                throw new ProvisioningException("cannot provision " + node.id() + ": " + source.id()
                        + " must be provisioned first (" + s.name() + " is read from it): " + e.getMessage(), e);
            }
        }
        output.accept("== " + node.id() + ": placing secret " + s.name() + " at " + s.installAt());
        String staged = STAGE + "/secret-" + s.name();
        shell.upload(staged, trimNewline(value), 0600);
        shell.run("place secret " + s.name(), "sudo -n install -D -m 0600 -o root -g root " + staged + " " + s.installAt()
                + " && rm -f " + staged, output);
    }

    private static byte[] trimNewline(byte[] v) {
        int n = v.length;
        while (n > 0 && (v[n - 1] == '\n' || v[n - 1] == '\r')) {
            n--;
        }
        return java.util.Arrays.copyOf(v, n);
    }
}
