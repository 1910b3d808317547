package io.labforge.app;

import io.labforge.deploy.ProvisioningHook;
import io.labforge.deploy.adapter.SshRemoteShells;
import io.labforge.deploy.provision.FileSecretStore;
import io.labforge.deploy.provision.Overrides;
import io.labforge.deploy.provision.ProvisionSettings;
import io.labforge.deploy.provision.Provisioner;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.ssh.HostKeyDecision;
import io.labforge.ssh.SshClient;
import io.labforge.ssh.SshIdentity;
import io.labforge.ssh.SshOptions;
import io.labforge.ssh.SshTarget;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Builds the provisioning hook a deploy uses: SSH with the user's key and known_hosts, through the
 * lab's bastion when it has one, overrides beside the lab file, secrets in the user's config.
 */
public final class ProvisioningSetup {

    private ProvisioningSetup() {
    }

    /**
     * @param privateKey the deploy key; its {@code .pub} beside it is what cloud-init authorises
     * @param knownHosts checked strictly; unknown hosts go to {@code decision}
     */
    public static ProvisioningHook hook(Lab lab, Path labFile, Path privateKey, Path knownHosts, HostKeyDecision decision)
            throws IOException {
        return hook(lab, Overrides.besideLabFile(labFile), privateKey, knownHosts, decision);
    }

    /** As {@link #hook(Lab, Path, Path, Path, HostKeyDecision)}, with the override files already read. */
    public static ProvisioningHook hook(Lab lab, Overrides overrides, Path privateKey, Path knownHosts, HostKeyDecision decision)
            throws IOException {
        ProvisionSettings settings = settings(privateKey);
        SshClient client = new SshClient(SshIdentity.of(privateKey), SshOptions.of(knownHosts, decision));
        Optional<SshTarget> bastion = bastionAddress(lab).map(ip -> new SshTarget(ip, SshTarget.DEFAULT_PORT, settings.adminUser()));
        return new Provisioner(NodeKinds.builtin(), settings, overrides,
                new SshRemoteShells(client, settings.adminUser(), SshTarget.DEFAULT_PORT, bastion), FileSecretStore.inUserConfig());
    }

    /**
     * The private key beside a profile's public key ({@code ~/.ssh/id_ed25519.pub} → {@code ~/.ssh/id_ed25519})
     * when it is readable: what the window provisions with. Reads the disk.
     */
    public static Optional<Path> privateKeyBeside(String publicKey) {
        if (publicKey == null || !publicKey.endsWith(".pub")) {
            return Optional.empty();
        }
        Path pub = userPath(publicKey);
        Path key = pub.resolveSibling(pub.getFileName().toString().replaceFirst("\\.pub$", ""));
        return Files.isReadable(key) && !Files.isDirectory(key) ? Optional.of(key) : Optional.empty();
    }

    /** A path from a profile, {@code ~/} meaning the user's home. */
    static Path userPath(String path) {
        return Path.of(path.startsWith("~/") ? System.getProperty("user.home") + path.substring(1) : path);
    }

    public static ProvisionSettings settings(Path privateKey) throws IOException {
        Path pub = privateKey.resolveSibling(privateKey.getFileName() + ".pub");
        List<String> keys = Files.isRegularFile(pub) ? List.of(Files.readString(pub, StandardCharsets.UTF_8).trim()) : List.of();
        return ProvisionSettings.of(keys);
    }

    /** The bastion's address on a LAN network (where the deploying machine usually is), else its first static one. */
    static Optional<String> bastionAddress(Lab lab) {
        Optional<Node> bastion = lab.nodes().stream().filter(n -> n.kind().equals("bastion")).findFirst();
        if (bastion.isEmpty()) {
            return Optional.empty();
        }
        List<Nic> nics = bastion.get().nics();
        return nics.stream()
                .filter(n -> lab.network(n.network()).map(net -> net.kind() == NetworkKind.LAN).orElse(false))
                .map(Nic::staticIp).filter(ip -> ip != null).findFirst()
                .or(() -> nics.stream().map(Nic::staticIp).filter(ip -> ip != null).findFirst());
    }
}
