package io.labforge.deploy.provision;

import io.labforge.model.Node;

import java.util.ArrayList;
import java.util.List;

/** PostgreSQL: listens on its lab addresses, pg_hba admits the role's allowed networks, databases created idempotently. */
final class PostgresRole implements Role {

    static final String DEFAULT_VERSION = "15";

    @Override
    public boolean appliesTo(Node node, LabFacts facts) {
        return node.kind().equals("database") && "postgresql".equals(facts.flavor(node));
    }

    @Override
    public RoleOutput render(Node db, LabFacts facts) {
        RoleSettings role = new RoleSettings(db);
        if (role.has("users")) {
            throw role.error("users", "is read by the mysql and mariadb flavors; PostgreSQL roles are not created yet", "...");
        }
        String version = role.string("version").orElse(DEFAULT_VERSION);
        if (!version.matches("\\d{2}")) {
            throw role.error("version", "must be a PostgreSQL major version like 15", version);
        }
        String etc = "/etc/postgresql/" + version + "/main";
        List<String> listen = new ArrayList<>(List.of("localhost"));
        listen.addAll(facts.staticIps(db));
        RoleOutput out = new RoleOutput()
                .packages("postgresql-" + version)
                .file(GeneratedFile.config(db.id(), "pg_hba.conf", hba(db, facts), etc + "/pg_hba.conf").withMode(0640))
                .file(GeneratedFile.config(db.id(), "labforge.conf", Role.header(facts, db, "#")
                        + "listen_addresses = '" + String.join(",", listen) + "'\npassword_encryption = 'scram-sha-256'\n",
                        etc + "/conf.d/labforge.conf"))
                .file(GeneratedFile.config(db.id(), "databases.sql", databases(db, facts), null))
                .step(ScriptStep.of("configure PostgreSQL and create the lab's databases",
                        "chown postgres:postgres " + etc + "/pg_hba.conf",
                        "systemctl enable postgresql",
                        "systemctl restart postgresql",
                        "runuser -u postgres -- psql -v ON_ERROR_STOP=1 -X -q -f \"$STAGE/databases.sql\""))
                .service("postgresql");
        return out;
    }

    String hba(Node db, LabFacts facts) {
        StringBuilder b = new StringBuilder(Role.header(facts, db, "#"));
        b.append("# TYPE  DATABASE  USER  ADDRESS  METHOD\n");
        b.append("local   all       postgres          peer\n");
        b.append("local   all       all               peer\n");
        b.append("host    all       all   127.0.0.1/32  scram-sha-256\n");
        for (String from : new RoleSettings(db).strings("allowFrom")) {
            String cidr = facts.network(from).map(n -> n.cidr())
                    .or(() -> facts.lab().node(from).flatMap(n -> facts.addressFrom(db, n)).map(ip -> ip + "/32"))
                    .orElse(from);
            Addressing.checkCidr("node '" + db.id() + "': role.allowFrom '" + from + "'", cidr);
            b.append("host    all       all   ").append(cidr).append("  scram-sha-256\n");
        }
        return b.toString();
    }

    String databases(Node db, LabFacts facts) {
        StringBuilder b = new StringBuilder(Role.header(facts, db, "--"));
        for (String name : new RoleSettings(db).strings("databases")) {
            if (!name.matches("[A-Za-z_][A-Za-z0-9_$-]{0,62}")) {
                throw new RenderException("node '" + db.id() + "': role.databases holds '" + name
                        + "'; database names use letters, digits, '_' and '-' (at most 63)");
            }
            // Identifier in double quotes; literal in single quotes. The name was checked above, so neither can close early.
            b.append("SELECT 'CREATE DATABASE \"").append(name).append("\"' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '")
                    .append(name).append("')\\gexec\n");
        }
        return b.toString();
    }
}
