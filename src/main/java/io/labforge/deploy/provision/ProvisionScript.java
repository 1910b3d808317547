package io.labforge.deploy.provision;

import io.labforge.model.Node;
import io.labforge.shell.ShellQuote;

/**
 * The script provisioning runs on a guest as root: installs the uploaded files where they belong,
 * then runs the role's steps in order. It takes no arguments; all lab data is in the files.
 */
final class ProvisionScript {

    static final String NAME = "provision.sh";

    private ProvisionScript() {
    }

    static String render(Node node, LabFacts facts, RoleOutput role) {
        StringBuilder b = new StringBuilder("#!/bin/sh\n").append(Role.header(facts, node, "#"));
        b.append("# Run as root from the directory holding the uploaded files: sh provision.sh\n");
        b.append("set -eu\nexport DEBIAN_FRONTEND=noninteractive\n");
        b.append("STAGE=$(cd \"$(dirname \"$0\")\" && pwd)\n");
        b.append("step() { printf '== %s\\n' \"$1\"; }\n\n");
        if (!role.packages.isEmpty()) {
            b.append("step 'install packages'\n");
            b.append("cloud-init status --wait >/dev/null 2>&1 || true\n");
            b.append("apt-get update -q\napt-get install -y -q -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold");
            role.packages.forEach(p -> b.append(' ').append(ShellQuote.quote(p)));
            b.append("\n\n");
        }
        boolean any = role.files.stream().anyMatch(f -> f.installAt() != null);
        if (any) {
            b.append("step 'install generated files'\n");
            for (GeneratedFile f : role.files) {
                if (f.installAt() != null) {
                    b.append("install -D -m ").append(String.format("%04o", f.mode())).append(" -o root -g root \"$STAGE\"/")
                            .append(ShellQuote.quote(f.name())).append(' ').append(ShellQuote.quote(f.installAt())).append('\n');
                }
            }
            b.append('\n');
        }
        for (ScriptStep s : role.steps) {
            b.append("step ").append(ShellQuote.quote(s.title())).append('\n');
            s.lines().forEach(l -> b.append(l).append('\n'));
            b.append('\n');
        }
        b.append("step 'done'\n");
        return b.toString();
    }
}
