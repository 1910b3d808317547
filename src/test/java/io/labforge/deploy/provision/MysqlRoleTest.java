package io.labforge.deploy.provision;

import io.labforge.model.Lab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** MariaDB/MySQL: listen addresses, databases and users from the role, passwords filled in on the guest. */
class MysqlRoleTest {

    @TempDir
    Path dir;

    private final RenderedLab rendered = OtherFlavors.render();

    @Test
    void theServerListensOnLocalhostAndItsLabAddress() {
        assertThat(rendered.errors()).isEmpty();
        String cnf = OtherFlavors.file(rendered, "db1", "labforge.cnf");
        assertThat(cnf).contains("[mysqld]\n", "\nbind-address = 127.0.0.1,10.10.40.10\n", "\nskip-name-resolve\n", "\nlocal-infile = 0\n");
        assertThat(OtherFlavors.file(rendered, "db1", "provision.sh")).contains("'mariadb-server'");
        assertThat(OtherFlavors.file(rendered, "db1", "user-data")).contains("- mariadb-server");
    }

    @Test
    void databasesAndUsersComeFromTheRoleWithHostsFromAllowFrom() {
        String sql = OtherFlavors.file(rendered, "db1", "databases.sql");
        assertThat(sql).contains("CREATE DATABASE IF NOT EXISTS `wiki` CHARACTER SET utf8mb4;",
                "CREATE DATABASE IF NOT EXISTS `metrics` CHARACTER SET utf8mb4;",
                // wiki: from the k8s network only, as a network/netmask host.
                "CREATE USER IF NOT EXISTS 'wiki'@'10.10.20.0/255.255.255.0' IDENTIFIED BY 'LABFORGE_SECRET_mysql-user-wiki';",
                "GRANT ALL PRIVILEGES ON `wiki`.* TO 'wiki'@'10.10.20.0/255.255.255.0';",
                // grafana: no "from", so every allowFrom entry: the k8s network and mon1's address.
                "GRANT ALL PRIVILEGES ON `metrics`.* TO 'grafana'@'10.10.50.10';",
                "GRANT ALL PRIVILEGES ON `wiki`.* TO 'grafana'@'10.10.20.0/255.255.255.0';");
        assertThat(sql).doesNotContain("'wiki'@'10.10.50.10'");
        assertThat(rendered.secretsOf("db1")).extracting(SecretFile::name).contains("mysql-user-wiki", "mysql-user-grafana");
        // The zone policy lets allowFrom through the firewall on 3306.
        assertThat(OtherFlavors.file(rendered, "fw1", "config.xml")).contains("<descr>db mon1 -&gt; db1</descr>").contains("<port>3306</port>");
    }

    @Test
    void theScriptFillsInPasswordsFeedsThemOnStdinAndRemovesTheFilledFile() throws Exception {
        ScriptSandbox box = new ScriptSandbox(dir);
        Files.createDirectories(box.at("/etc/mysql/mariadb.conf.d"));
        box.recorder("mysql", "cat > \"$ROOT/../mysql-stdin.sql\"");
        box.secret("mysql-user-wiki", "Lf1-wiki_PASS-123");
        box.secret("mysql-user-grafana", "Lf1-grafana_PASS-456");
        Tool t = box.run(rendered.filesOf("db1").stream().filter(f -> !f.name().equals("user-data")).toList());
        assertThat(t.exitCode()).as(t.output()).isZero();
        String fed = Files.readString(dir.resolve("mysql-stdin.sql"));
        assertThat(fed).contains("'wiki'@'10.10.20.0/255.255.255.0' IDENTIFIED BY 'Lf1-wiki_PASS-123';",
                "'grafana'@'10.10.50.10' IDENTIFIED BY 'Lf1-grafana_PASS-456';").doesNotContain(SecretTemplate.PREFIX);
        assertThat(box.calls()).contains(List.of("mysql", "--protocol=socket"));
        assertThat(box.at(MysqlRole.SQL)).doesNotExist();
        assertThat(box.at("/etc/mysql/mariadb.conf.d/60-labforge.cnf")).hasContent(OtherFlavors.file(rendered, "db1", "labforge.cnf"));
        assertThat(t.output()).doesNotContain("PASS");
    }

    @Test
    void aPasswordThatCouldCloseTheQuoteStopsProvisioning() throws Exception {
        ScriptSandbox box = new ScriptSandbox(dir);
        box.secret("mysql-user-wiki", "x'; DROP DATABASE wiki; --");
        box.secret("mysql-user-grafana", "Lf1-ok");
        Tool t = box.run(rendered.filesOf("db1"));
        assertThat(t.exitCode()).isNotZero();
        assertThat(t.output()).contains("secret mysql-user-wiki holds unexpected characters").doesNotContain("DROP");
        assertThat(box.calls()).noneMatch(c -> c.get(0).equals("mysql"));
    }

    @Test
    void badSettingsAreErrorsThatNameTheKey() {
        assertThat(error(Map.of("databases", List.of("wiki`; DROP"), "allowFrom", List.of("k8s")))).contains("role.databases", "wiki`; DROP");
        assertThat(error(Map.of("databases", List.of("wiki"), "users", List.of(Map.of("name", "Robert'); --")))))
                .contains("role.users[0].name", "lower-case");
        assertThat(error(Map.of("databases", List.of("wiki"), "users", List.of(Map.of("name", "app", "databases", List.of("other"))))))
                .contains("role.users[0].databases", "'other'");
        assertThat(error(Map.of("databases", List.of("wiki"), "allowFrom", List.of("k8s"),
                "users", List.of(Map.of("name", "app", "from", List.of("lan")))))).contains("role.users[0].from", "not in role.allowFrom");
        assertThat(error(Map.of("version", "10.11"))).contains("role.version", "is not used by mariadb");
    }

    @Test
    void theMysqlFlavorInstallsTheDistributionsDefaultServer() {
        Lab lab = OtherFlavors.lab().updateNode("db1", n -> n.withFlavor("mysql"));
        RenderedLab r = Homelab.render(lab);
        assertThat(OtherFlavors.file(r, "db1", "provision.sh")).contains("'default-mysql-server'", "/etc/mysql/mysql.conf.d/zz-labforge.cnf");
        assertThat(OtherFlavors.file(r, "db1", "user-data")).doesNotContain("systemctl, enable, mysql");
    }

    private static String error(Map<String, Object> role) {
        Lab lab = OtherFlavors.lab().updateNode("db1", n -> n.withRole(role));
        return Homelab.render(lab).errorOf("db1").orElseThrow(() -> new AssertionError("no error for " + role)).message();
    }
}
