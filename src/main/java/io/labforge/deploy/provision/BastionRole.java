package io.labforge.deploy.provision;

import io.labforge.model.Node;

import java.util.List;

/** Bastion hardening: key-only SSH, no root, only the lab's admin user (optionally from given networks), fail2ban. */
final class BastionRole implements Role {

    static final String DROP_IN = "/etc/ssh/sshd_config.d/10-labforge-bastion.conf";

    private final ProvisionSettings settings;

    BastionRole(ProvisionSettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean appliesTo(Node node, LabFacts facts) {
        return node.kind().equals("bastion");
    }

    @Override
    public RoleOutput render(Node node, LabFacts facts) {
        return new RoleOutput()
                .packages("fail2ban")
                .file(GeneratedFile.config(node.id(), "10-labforge-bastion.conf", sshd(node, facts), DROP_IN).withMode(0600))
                .step(ScriptStep.of("check and reload sshd",
                        "sshd -t",
                        "systemctl enable fail2ban",
                        "systemctl restart fail2ban",
                        "systemctl reload ssh"))
                .service("fail2ban");
    }

    String sshd(Node node, LabFacts facts) {
        List<String> from = new RoleSettings(node).strings("allowFrom").stream()
                .map(id -> facts.network(id).map(n -> n.cidr()).orElse(id))
                .map(c -> c.contains("/") ? Addressing.checkCidr("node '" + node.id() + "': role.allowFrom", c)
                        : Addressing.checkIp("node '" + node.id() + "': role.allowFrom", c))
                .toList();
        String users = from.isEmpty() ? settings.adminUser()
                : String.join(" ", from.stream().map(c -> settings.adminUser() + "@" + c).toList());
        return Role.header(facts, node, "#") + """
                PasswordAuthentication no
                KbdInteractiveAuthentication no
                PubkeyAuthentication yes
                PermitRootLogin no
                PermitEmptyPasswords no
                AuthenticationMethods publickey
                AllowUsers %s
                MaxAuthTries 3
                LoginGraceTime 30
                ClientAliveInterval 300
                ClientAliveCountMax 2
                X11Forwarding no
                AllowAgentForwarding no
                # The bastion is the jump host: it forwards TCP for ProxyJump, nothing else.
                AllowTcpForwarding yes
                GatewayPorts no
                PermitTunnel no
                """.formatted(users);
    }
}
