package io.labforge.cli;

import io.labforge.deploy.provision.GeneratedFile;
import io.labforge.deploy.provision.HostStep;
import io.labforge.deploy.provision.LabRenderer;
import io.labforge.deploy.provision.Overrides;
import io.labforge.deploy.provision.ProvisionSettings;
import io.labforge.deploy.provision.RenderedLab;
import io.labforge.io.LabFileException;
import io.labforge.io.LabFiles;
import io.labforge.kind.NodeKinds;
import io.labforge.model.Lab;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code labforge render FILE -o DIR}: every file provisioning would use, written out to read, diff or override. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Write every generated file of a lab (cloud-init, HAProxy, nftables, pfSense, k3s, ...) to a directory.",
        footer = {"", "Files in overrides/<node>/<file> beside the lab file replace the generated ones.",
                "Exit codes: 0 all files written, 1 some nodes could not be rendered, 2 unreadable input."})
public final class RenderCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FILE", description = "The lab file (YAML or JSON).")
    Path file;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR", description = "Where to write: DIR/<node>/<file>, DIR/host/...")
    Path output;

    @Option(names = "--ssh-key", paramLabel = "PUBKEY", description = "Public key authorised for the admin user (repeatable);"
            + " default: the first of ~/.ssh/id_ed25519.pub, id_ecdsa.pub, id_rsa.pub.")
    List<Path> keys = new ArrayList<>();

    @Option(names = "--user", paramLabel = "NAME", defaultValue = ProvisionSettings.DEFAULT_USER,
            description = "Admin user created on every guest (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--overrides", paramLabel = "DIR", description = "Override directory (default: overrides/ beside FILE).")
    Path overridesDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Lab lab;
        ProvisionSettings settings;
        Overrides overrides;
        try {
            lab = LabFiles.read(file);
            settings = new ProvisionSettings(user, publicKeys(err));
            overrides = overridesDir != null ? Overrides.fromDirectory(overridesDir) : Overrides.besideLabFile(file);
        } catch (LabFileException e) {
            err.println(e.getMessage());
            return LabforgeCli.BAD_INPUT;
        } catch (IOException | IllegalArgumentException e) {
            err.println("labforge render: " + e.getMessage());
            return LabforgeCli.BAD_INPUT;
        }
        RenderedLab rendered = new LabRenderer(NodeKinds.builtin(), settings).render(lab, overrides);
        try {
            for (GeneratedFile f : rendered.files()) {
                Path target = write(f);
                out.println(target + (f.overridden() ? "  (override)" : ""));
            }
        } catch (IOException e) {
            err.println("labforge render: cannot write to " + output + ": " + e.getMessage());
            return LabforgeCli.BAD_INPUT;
        }
        for (HostStep s : rendered.hostSteps()) {
            out.println("host step " + s.id() + ": " + s.description());
        }
        for (String unused : rendered.unusedOverrides()) {
            err.println("warning: override " + unused + " replaces no generated file (check the node and file name)");
        }
        for (RenderedLab.Error e : rendered.errors()) {
            err.println(file + ": " + e.message());
        }
        out.println(rendered.files().size() + " files written to " + output
                + (rendered.errors().isEmpty() ? "" : "; " + rendered.errors().size() + " node(s) could not be rendered"));
        return rendered.errors().isEmpty() ? LabforgeCli.OK : LabforgeCli.PROBLEMS;
    }

    private List<String> publicKeys(PrintWriter err) throws IOException {
        List<Path> files = new ArrayList<>(keys);
        if (files.isEmpty()) {
            Path ssh = Path.of(System.getProperty("user.home"), ".ssh");
            for (String name : List.of("id_ed25519.pub", "id_ecdsa.pub", "id_rsa.pub")) {
                if (Files.isRegularFile(ssh.resolve(name))) {
                    files.add(ssh.resolve(name));
                    break;
                }
            }
        }
        if (files.isEmpty()) {
            err.println("warning: no SSH public key found; the user-data authorises none (pass --ssh-key FILE.pub)");
        }
        List<String> out = new ArrayList<>();
        for (Path f : files) {
            String key = Files.readString(f, StandardCharsets.UTF_8).trim();
            if (key.contains("PRIVATE KEY")) {
                throw new IllegalArgumentException(f + " is a private key; pass the public one (" + f + ".pub)");
            }
            out.add(key);
        }
        return out;
    }

    private Path write(GeneratedFile f) throws IOException {
        Path dir = Files.createDirectories(output.resolve(f.owner()));
        Path target = dir.resolve(f.name());
        Path tmp = Files.createTempFile(dir, "." + f.name(), ".tmp");
        try {
            Files.write(tmp, f.bytes());
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString(f.name().endsWith(".sh") ? "rwxr-xr-x" : "rw-r--r--"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: default permissions.
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        return target;
    }
}
