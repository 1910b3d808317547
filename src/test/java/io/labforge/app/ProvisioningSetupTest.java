package io.labforge.app;

import io.labforge.deploy.ProvisioningHook;
import io.labforge.io.LabFiles;
import io.labforge.model.Lab;
import io.labforge.ssh.HostKeyDecision;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ProvisioningSetupTest {

    static final Path HOMELAB = Path.of(System.getProperty("labforge.project.dir", "."), "assets", "samples", "homelab.yaml");

    @TempDir
    Path dir;

    @Test
    void hopsThroughTheBastionsLanAddressAndAuthorisesThePublicKey() throws Exception {
        Lab lab = LabFiles.read(HOMELAB);
        assertThat(ProvisioningSetup.bastionAddress(lab)).contains("10.10.10.5");
        Path key = dir.resolve("id_ed25519");
        Files.writeString(key, "not read here");
        Files.writeString(dir.resolve("id_ed25519.pub"), "ssh-ed25519 AAAAC3Nza me@host\n");
        assertThat(ProvisioningSetup.settings(key).sshPublicKeys()).containsExactly("ssh-ed25519 AAAAC3Nza me@host");
        ProvisioningHook hook = ProvisioningSetup.hook(lab, HOMELAB, key, dir.resolve("known_hosts"), HostKeyDecision.REJECT);
        assertThat(hook).isNotNull();
    }

    @Test
    void theWindowProvisionsWithThePrivateKeyBesideTheProfilesPublicKey() throws Exception {
        Path pub = Files.writeString(dir.resolve("id_ed25519.pub"), "ssh-ed25519 AAAAC3Nza me@host\n");
        assertThat(ProvisioningSetup.privateKeyBeside(pub.toString())).as("no private key beside it").isEmpty();
        Path key = Files.writeString(dir.resolve("id_ed25519"), "-----BEGIN OPENSSH PRIVATE KEY-----\n");
        assertThat(ProvisioningSetup.privateKeyBeside(pub.toString())).contains(key);
        assertThat(ProvisioningSetup.privateKeyBeside(key.toString())).as("a profile names the public key").isEmpty();
        assertThat(ProvisioningSetup.privateKeyBeside(null)).isEmpty();

        String home = System.getProperty("user.home");
        System.setProperty("user.home", dir.toString());
        try {
            assertThat(ProvisioningSetup.privateKeyBeside("~/id_ed25519.pub")).contains(key);
        } finally {
            System.setProperty("user.home", home);
        }
    }
}
