package io.labforge.deploy.connect;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConnectionResolverTest {

    @TempDir
    Path dir;

    private void profiles(String yaml) throws Exception {
        Files.writeString(dir.resolve("profiles.yaml"), yaml);
    }

    @Test
    void aProfileWithItsSecretFromTheCredentialsFile() throws Exception {
        profiles("profiles:\n  home-pve:\n    url: https://pve.lan:8006\n    node: pve\n    tokenId: \"deployer@pve!labforge\"\n");
        new CredentialStore(dir.resolve("credentials")).store("home-pve", new TokenSecret("s3cr3t-uuid".toCharArray()));
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("credentials")))).isEqualTo("rw-------");

        Connection c = new ConnectionResolver(new ConfigPaths(dir), Map.of()).resolve("home-pve", null, null, null, null);

        assertThat(c.profile().url()).isEqualTo("https://pve.lan:8006");
        assertThat(new String(c.secret().chars())).isEqualTo("s3cr3t-uuid");
        assertThat(c.toString()).doesNotContain("s3cr3t");
    }

    @Test
    void theEnvironmentWinsOverTheFile() throws Exception {
        Connection c = new ConnectionResolver(new ConfigPaths(dir), Map.of(ConnectionResolver.SECRET_ENV, "from-env"))
                .resolve(null, "https://10.0.0.2:8006", "ci@pve!deploy", "AB:CD", null);
        assertThat(new String(c.secret().chars())).isEqualTo("from-env");
        assertThat(c.profile().fingerprint()).isEqualTo("AB:CD");
    }

    @Test
    void aCredentialsFileOthersCanReadIsRefused() throws Exception {
        profiles("profiles:\n  p:\n    url: https://x:8006\n    tokenId: \"a@pve!b\"\n");
        Path creds = dir.resolve("credentials");
        Files.writeString(creds, "p = secret\n");
        Files.setPosixFilePermissions(creds, PosixFilePermissions.fromString("rw-r--r--"));

        assertThatThrownBy(() -> new ConnectionResolver(new ConfigPaths(dir), Map.of()).resolve("p", null, null, null, null))
                .isInstanceOf(ConnectException.class)
                .hasMessageContaining("readable by others").hasMessageContaining("chmod 600").hasMessageNotContaining("secret\n");
    }

    @Test
    void aSecretInTheProfilesFileIsRefused() throws Exception {
        profiles("profiles:\n  p:\n    url: https://x:8006\n    tokenId: \"a@pve!b\"\n    secret: abc\n");
        assertThatThrownBy(() -> new ConnectionResolver(new ConfigPaths(dir), Map.of()).resolve("p", null, null, null, null))
                .hasMessageContaining("profiles hold no secrets");
    }

    @Test
    void anUnknownProfileNamesTheNearestOne() throws Exception {
        profiles("profiles:\n  home-pve:\n    url: https://x:8006\n    tokenId: \"a@pve!b\"\n");
        assertThatThrownBy(() -> new ConnectionResolver(new ConfigPaths(dir), Map.of()).resolve("home-pv", null, null, null, null))
                .hasMessageContaining("Did you mean 'home-pve'");
    }

    @Test
    void noConnectionSaysHowToGiveOne() {
        assertThatThrownBy(() -> new ConnectionResolver(new ConfigPaths(dir), Map.of()).resolve(null, null, null, null, null))
                .hasMessageContaining("--profile").hasMessageContaining("LABFORGE_TOKEN_SECRET");
    }
}
