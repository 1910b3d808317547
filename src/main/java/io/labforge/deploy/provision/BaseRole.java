package io.labforge.deploy.provision;

import io.labforge.kind.Realization;
import io.labforge.model.Node;
import io.labforge.shell.ShellQuote;

import java.util.Optional;

/**
 * What every Linux guest gets: the QEMU guest agent (VMs), node_exporter when the lab has a
 * monitoring node, and a Wazuh agent enrolled with the manager when the lab has one.
 */
final class BaseRole implements Role {

    static final String WAZUH_VERSION_DIR = "4.x";

    @Override
    public boolean appliesTo(Node node, LabFacts facts) {
        return facts.isLinuxGuest(node);
    }

    @Override
    public RoleOutput render(Node node, LabFacts facts) {
        RoleOutput out = new RoleOutput();
        if (facts.realization(node) == Realization.VM_FROM_TEMPLATE) {
            out.packages("qemu-guest-agent").service("qemu-guest-agent");
        }
        if (!facts.ofKind("monitoring").isEmpty()) {
            out.packages("prometheus-node-exporter").service("prometheus-node-exporter");
        }
        wazuhManager(facts).filter(m -> !m.id().equals(node.id())).ifPresent(m -> wazuhAgent(node, m, facts, out));
        return out;
    }

    static Optional<Node> wazuhManager(LabFacts facts) {
        return facts.ofKind("siem").stream().filter(n -> "wazuh".equals(facts.flavor(n))).findFirst();
    }

    private static void wazuhAgent(Node node, Node manager, LabFacts facts, RoleOutput out) {
        String managerIp = facts.requireAddressFrom(node, manager, "Wazuh manager");
        out.packages("curl", "gnupg")
                .secret(SecretFile.generated("wazuh-enrollment", "/var/ossec/etc/authd.pass"))
                .step(new ScriptStep("install the Wazuh agent and enroll with " + manager.id(), java.util.List.of(
                        "if [ ! -x /var/ossec/bin/wazuh-control ] || ! dpkg -s wazuh-agent >/dev/null 2>&1; then",
                        "  install -d -m 0755 /usr/share/keyrings",
                        "  curl -fsSL https://packages.wazuh.com/key/GPG-KEY-WAZUH | gpg --dearmor --yes -o /usr/share/keyrings/wazuh.gpg",
                        "  echo 'deb [signed-by=/usr/share/keyrings/wazuh.gpg] https://packages.wazuh.com/" + WAZUH_VERSION_DIR
                                + "/apt/ stable main' > /etc/apt/sources.list.d/wazuh.list",
                        "  apt-get update -q",
                        "  WAZUH_MANAGER=" + ShellQuote.quote(managerIp) + " WAZUH_AGENT_NAME=" + ShellQuote.quote(node.id())
                                + " DEBIAN_FRONTEND=noninteractive apt-get install -y -q wazuh-agent",
                        "fi",
                        "chmod 0640 /var/ossec/etc/authd.pass && chgrp wazuh /var/ossec/etc/authd.pass",
                        "systemctl enable wazuh-agent",
                        "systemctl restart wazuh-agent")));
    }
}
