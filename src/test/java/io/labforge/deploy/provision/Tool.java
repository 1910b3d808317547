package io.labforge.deploy.provision;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a real validator (haproxy, cloud-init, nft, xmllint, sshd) when it is installed. */
record Tool(int exitCode, String output) {

    static boolean exists(String name) {
        for (String dir : (System.getenv("PATH") + File.pathSeparator + "/usr/sbin" + File.pathSeparator + "/sbin").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return true;
            }
        }
        return false;
    }

    static String path(String name) {
        for (String dir : (System.getenv("PATH") + File.pathSeparator + "/usr/sbin" + File.pathSeparator + "/sbin").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, name))) {
                return Path.of(dir, name).toString();
            }
        }
        return name;
    }

    static Tool run(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().close();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Tool(-1, "timed out: " + command);
        }
        return new Tool(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }

    static Path write(Path dir, GeneratedFile f) throws IOException {
        Path p = dir.resolve(f.owner()).resolve(f.name());
        Files.createDirectories(p.getParent());
        Files.writeString(p, f.content());
        return p;
    }
}
