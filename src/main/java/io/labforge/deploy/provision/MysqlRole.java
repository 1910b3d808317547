package io.labforge.deploy.provision;

import io.labforge.model.Node;
import org.apache.commons.net.util.SubnetUtils;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * MySQL and MariaDB: the server listens on localhost and its lab addresses, databases and users
 * are created idempotently, each user may connect from the role's {@code allowFrom} networks and
 * hosts, with a password generated per lab and filled in on the guest. Flavor {@code mariadb}
 * installs {@code mariadb-server}; {@code mysql} installs the distribution's default MySQL server
 * ({@code default-mysql-server}: MariaDB on Debian, MySQL 8 on Ubuntu).
 */
final class MysqlRole implements Role {

    static final String SQL = "/etc/labforge/mysql/databases.sql";
    private static final String NAME = "[A-Za-z0-9_][A-Za-z0-9_-]{0,63}";
    private static final String USER = "[a-z][a-z0-9_]{0,31}";

    @Override
    public boolean appliesTo(Node node, LabFacts facts) {
        return node.kind().equals("database") && List.of("mysql", "mariadb").contains(facts.flavor(node));
    }

    @Override
    public RoleOutput render(Node db, LabFacts facts) {
        RoleSettings role = new RoleSettings(db);
        role.string("version").ifPresent(v -> {
            throw role.error("version", "is not used by " + facts.flavor(db) + " (the distribution's package is installed); remove it", v);
        });
        String pkg = "mariadb".equals(facts.flavor(db)) ? "mariadb-server" : "default-mysql-server";
        List<String> bind = new ArrayList<>(List.of("127.0.0.1"));
        bind.addAll(facts.staticIps(db));
        List<User> users = users(db, facts, role);
        RoleOutput out = new RoleOutput().packages(pkg)
                .file(GeneratedFile.local(db.id(), "labforge.cnf", Role.header(facts, db, "#")
                        + "[mysqld]\n"
                        + "bind-address = " + String.join(",", bind) + "\n"
                        + "skip-name-resolve\n"
                        + "local-infile = 0\n"
                        + "character-set-server = utf8mb4\n"))
                .file(GeneratedFile.local(db.id(), "databases.sql", sql(db, facts, role, users)).withMode(0600))
                .step(ScriptStep.of("configure the server (after the distribution's own settings)",
                        "if [ -d /etc/mysql/mariadb.conf.d ]; then cnf=/etc/mysql/mariadb.conf.d/60-labforge.cnf;"
                                + " else cnf=/etc/mysql/mysql.conf.d/zz-labforge.cnf; fi",
                        "install -D -m 0644 \"$STAGE\"/labforge.cnf \"$cnf\"",
                        "systemctl enable mysql 2>/dev/null || systemctl enable mariadb",
                        "systemctl restart mysql 2>/dev/null || systemctl restart mariadb"));
        List<String> create = new ArrayList<>(SecretTemplate.fill("databases.sql", SQL));
        create.add("mysql --protocol=socket < " + SQL + " || { rm -f " + SQL + "; exit 1; }");
        create.add("rm -f " + SQL);
        out.step(new ScriptStep("create the lab's databases and users", create));
        if ("mariadb".equals(facts.flavor(db))) {
            // Debian's MariaDB names its unit mariadb ("mysql" is an alias, which systemctl enable refuses).
            out.service("mariadb");
        }
        for (User u : users) {
            out.secret(SecretFile.generated(u.secret(), SecretTemplate.path(u.secret())));
        }
        return out;
    }

    record User(String name, List<String> databases, List<String> hosts) {
        String secret() {
            return "mysql-user-" + name.replace('_', '-');
        }
    }

    private static List<User> users(Node db, LabFacts facts, RoleSettings role) {
        List<String> databases = role.strings("databases");
        List<String> allow = role.strings("allowFrom");
        List<User> users = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        List<RoleSettings> entries = role.objects("users");
        for (int i = 0; i < entries.size(); i++) {
            RoleSettings u = entries.get(i);
            String name = u.string("name").orElseThrow(() -> u.error("name", "is missing (a user name like app)", ""));
            if (!name.matches(USER) || name.equals("root")) {
                throw u.error("name", "must be lower-case letters, digits and '_' (at most 32, not root)", name);
            }
            if (!seen.add(name)) {
                throw u.error("name", "is given twice", name);
            }
            List<String> grants = u.strings("databases");
            for (String d : grants) {
                if (!databases.contains(d)) {
                    throw u.error("databases", "names '" + d + "', which role.databases does not create", grants);
                }
            }
            List<String> from = u.has("from") ? u.strings("from") : allow;
            for (String f : from) {
                if (!allow.contains(f)) {
                    throw u.error("from", "names '" + f + "', which is not in role.allowFrom (the firewall would block it)", from);
                }
            }
            List<String> hosts = new ArrayList<>();
            for (String f : from) {
                hosts.add(host(db, facts, f));
            }
            if (hosts.isEmpty()) {
                hosts.add("localhost");
            }
            users.add(new User(name, grants, hosts));
        }
        return users;
    }

    /** A MySQL host pattern for a network, node or CIDR: {@code 10.10.20.0/255.255.255.0} or one address. */
    private static String host(Node db, LabFacts facts, String from) {
        String cidr = facts.network(from).map(n -> n.cidr())
                .or(() -> facts.lab().node(from).flatMap(n -> facts.addressFrom(db, n)).map(ip -> ip + "/32"))
                .orElse(from);
        Addressing.checkCidr("node '" + db.id() + "': role.allowFrom '" + from + "'", cidr);
        if (Addressing.prefix(cidr) == 32) {
            return cidr.substring(0, cidr.indexOf('/'));
        }
        SubnetUtils.SubnetInfo info = new SubnetUtils(cidr).getInfo();
        return info.getNetworkAddress() + "/" + info.getNetmask();
    }

    private static String sql(Node db, LabFacts facts, RoleSettings role, List<User> users) {
        StringBuilder b = new StringBuilder(Role.header(facts, db, "--"));
        for (String name : role.strings("databases")) {
            if (!name.matches(NAME)) {
                throw new RenderException("node '" + db.id() + "': role.databases holds '" + name
                        + "'; database names use letters, digits, '_' and '-' (at most 64)");
            }
            // Names were checked above: no backtick or quote can reach the SQL.
            b.append("CREATE DATABASE IF NOT EXISTS `").append(name).append("` CHARACTER SET utf8mb4;\n");
        }
        for (User u : users) {
            String password = "'" + SecretTemplate.placeholder(u.secret()) + "'";
            for (String host : u.hosts()) {
                String account = "'" + u.name() + "'@'" + host + "'";
                b.append("CREATE USER IF NOT EXISTS ").append(account).append(" IDENTIFIED BY ").append(password).append(";\n");
                b.append("ALTER USER ").append(account).append(" IDENTIFIED BY ").append(password).append(";\n");
                for (String d : u.databases()) {
                    b.append("GRANT ALL PRIVILEGES ON `").append(d).append("`.* TO ").append(account).append(";\n");
                }
            }
        }
        return b.toString();
    }
}
