package io.labforge.deploy.provision;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Runs a generated provision script for real, but inside a directory: every system path it writes
 * ({@code /etc/}, {@code /var/}, {@code /root/}) is moved under {@code root}, and the programs that
 * would change the machine or reach the network are recorders (arguments NUL-separated, then the
 * record separator 0x1e, into {@code calls.log}). A recorder may be given a body to act like the program.
 */
final class ScriptSandbox {

    private static final List<String> RECORDED = List.of("apt-get", "apt-mark", "apt-cache", "dpkg", "systemctl", "modprobe",
            "sysctl", "swapoff", "curl", "gpg", "cloud-init", "kubectl", "openssl", "mysql", "chgrp");

    private static final java.util.regex.Pattern SYSTEM_PATH =
            java.util.regex.Pattern.compile("(?<![A-Za-z0-9_./-])/(etc|var|root|usr/share/keyrings)(?=/|\\b)");

    final Path root;
    final Path bin;
    final Path stage;

    ScriptSandbox(Path dir) throws IOException {
        this.root = Files.createDirectories(dir.resolve("root"));
        this.bin = Files.createDirectories(dir.resolve("bin"));
        this.stage = Files.createDirectories(dir.resolve("stage"));
        for (String name : RECORDED) {
            recorder(name, "");
        }
        // install -o root -g root needs root; the sandbox keeps the rest of its arguments.
        write(bin.resolve("install"), "#!/bin/sh\nset -- $(for a in \"$@\"; do printf '%s\\n' \"$a\"; done | grep -v -x -e '-o' -e '-g' -e root)\n"
                + "exec /usr/bin/install \"$@\"\n");
        Files.createDirectories(root.resolve("etc/apt/sources.list.d"));
        Files.createDirectories(root.resolve("var/log"));
        Files.writeString(root.resolve("etc/os-release"), "ID=debian\nVERSION_CODENAME=bookworm\n");
        Files.writeString(root.resolve("etc/fstab"), "UUID=1 / ext4 defaults 0 1\n/swapfile none swap sw 0 0\n");
    }

    /** A recorder for {@code name} that then runs {@code body} (shell, with "$@" and $ROOT). */
    void recorder(String name, String body) throws IOException {
        write(bin.resolve(name), "#!/bin/sh\n{ printf '%s\\0' \"" + name + "\"; for a in \"$@\"; do printf '%s\\0' \"$a\"; done;"
                + " printf '\\036'; } >> \"$ROOT/../calls.log\"\n" + body + "\n");
    }

    void secret(String name, String value) throws IOException {
        Path p = root.resolve("etc/labforge/secrets").resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, value);
    }

    Path at(String absolute) {
        return root.resolve(absolute.substring(1));
    }

    String rewrite(String script) {
        // One pass, and only at the start of a path (not inside one), so the sandbox's own path is left alone.
        return SYSTEM_PATH.matcher(script).replaceAll(m -> java.util.regex.Matcher.quoteReplacement(root + m.group()));
    }

    /** Uploads the node's files to the stage and runs its provision.sh as provisioning would. */
    Tool run(List<GeneratedFile> files) throws Exception {
        for (GeneratedFile f : files) {
            Files.writeString(stage.resolve(f.name()), f.content());
        }
        Path script = stage.resolve("provision.sh");
        Files.writeString(script, rewrite(Files.readString(script)));
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", script.toString()).directory(stage.toFile()).redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":/usr/bin:/bin");
        pb.environment().put("ROOT", root.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Tool(p.waitFor(), out);
    }

    List<List<String>> calls() throws IOException {
        Path log = root.resolveSibling("calls.log");
        String text = Files.exists(log) ? Files.readString(log) : "";
        return Arrays.stream(text.split("\036")).filter(s -> !s.isEmpty()).map(s -> Arrays.asList(s.split("\0", -1)))
                .map(l -> l.subList(0, l.size() - 1)).toList();
    }

    private static void write(Path p, String content) throws IOException {
        Files.writeString(p, content);
        p.toFile().setExecutable(true);
    }
}
