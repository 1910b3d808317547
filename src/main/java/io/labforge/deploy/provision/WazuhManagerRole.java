package io.labforge.deploy.provision;

import io.labforge.model.Node;

import java.util.List;

/** Wazuh all-in-one (manager, indexer, dashboard) with password-protected agent enrollment. */
final class WazuhManagerRole implements Role {

    static final String INSTALLER = "https://packages.wazuh.com/4.9/wazuh-install.sh";

    @Override
    public boolean appliesTo(Node node, LabFacts facts) {
        return node.kind().equals("siem") && "wazuh".equals(facts.flavor(node));
    }

    @Override
    public RoleOutput render(Node node, LabFacts facts) {
        return new RoleOutput()
                .packages("curl")
                .secret(SecretFile.generated("wazuh-enrollment", "/etc/labforge/secrets/wazuh-enrollment"))
                .step(new ScriptStep("install the Wazuh manager (all in one)", List.of(
                        "if [ ! -x /var/ossec/bin/wazuh-control ]; then",
                        "  curl -fsSL " + INSTALLER + " -o /tmp/wazuh-install.sh",
                        "  bash /tmp/wazuh-install.sh --all-in-one --ignore-check",
                        "fi")))
                .step(new ScriptStep("require the enrollment password from agents", List.of(
                        "install -m 0640 -o root -g wazuh /etc/labforge/secrets/wazuh-enrollment /var/ossec/etc/authd.pass",
                        "if ! grep -q '<use_password>yes</use_password>' /var/ossec/etc/ossec.conf; then",
                        "  sed -i 's#<use_password>no</use_password>#<use_password>yes</use_password>#' /var/ossec/etc/ossec.conf",
                        "fi",
                        "systemctl restart wazuh-manager")));
    }
}
