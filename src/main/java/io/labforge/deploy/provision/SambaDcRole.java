package io.labforge.deploy.provision;

import io.labforge.model.Node;
import io.labforge.shell.ShellQuote;

import java.util.List;
import java.util.Locale;

/** Samba AD DC: provisions the domain from the role's {@code domain} (and {@code netbios}), once. */
final class SambaDcRole implements Role {

    static final String ADMIN_PASSWORD = "/etc/labforge/secrets/samba-admin";

    @Override
    public boolean appliesTo(Node node, LabFacts facts) {
        return node.kind().equals("domain-controller") && "samba".equals(facts.flavor(node));
    }

    @Override
    public RoleOutput render(Node dc, LabFacts facts) {
        RoleSettings role = new RoleSettings(dc);
        String domain = Names.checkDomain(role.string("domain").orElseThrow(() ->
                new RenderException("node '" + dc.id() + "': role.domain is missing (the AD DNS domain, e.g. lab.example)")));
        String realm = domain.toUpperCase(Locale.ROOT);
        String netbios = role.string("netbios").orElse(domain.substring(0, domain.indexOf('.'))).toUpperCase(Locale.ROOT);
        if (!netbios.matches("[A-Z0-9][A-Z0-9-]{0,14}")) {
            throw role.error("netbios", "must be 1-15 letters, digits or hyphens", netbios);
        }
        String forwarder = facts.nameservers(dc).stream().findFirst().orElse("9.9.9.9");
        String hostIp = facts.staticIps(dc).stream().findFirst().orElseThrow(() ->
                new RenderException("node '" + dc.id() + "': a domain controller needs a static IP"));
        return new RoleOutput()
                .packages("samba", "winbind", "libnss-winbind", "libpam-winbind", "krb5-user", "smbclient", "dnsutils", "acl", "attr")
                .secret(SecretFile.generated("samba-admin", ADMIN_PASSWORD))
                .step(new ScriptStep("provision the Samba AD domain " + realm, List.of(
                        "if [ ! -f /var/lib/samba/private/sam.ldb ]; then",
                        "  systemctl disable --now smbd nmbd winbind 2>/dev/null || true",
                        "  systemctl unmask samba-ad-dc",
                        "  rm -f /etc/samba/smb.conf",
                        "  samba-tool domain provision --use-rfc2307 --server-role=dc --dns-backend=SAMBA_INTERNAL"
                                + " --realm=" + ShellQuote.quote(realm) + " --domain=" + ShellQuote.quote(netbios)
                                + " --host-ip=" + ShellQuote.quote(hostIp)
                                + " --option=" + ShellQuote.quote("dns forwarder = " + forwarder)
                                + " --adminpass=\"$(cat " + ADMIN_PASSWORD + ")\"",
                        "  cp /var/lib/samba/private/krb5.conf /etc/krb5.conf",
                        "fi",
                        "systemctl enable samba-ad-dc",
                        "systemctl restart samba-ad-dc",
                        "i=0; until host -t SRV _ldap._tcp." + ShellQuote.quote(domain) + " 127.0.0.1 >/dev/null 2>&1; do i=$((i+1));"
                                + " [ $i -lt 40 ] || { echo 'the domain does not answer DNS' >&2; exit 1; }; sleep 3; done",
                        "echo \"domain $(samba-tool domain info 127.0.0.1 | sed -n 's/^Domain *: //p') is up\"")));
    }
}
