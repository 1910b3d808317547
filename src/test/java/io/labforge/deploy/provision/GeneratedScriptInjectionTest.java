package io.labforge.deploy.provision;

import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.NetworkKind;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Node names holding shell syntax are run, for real, through the generated scripts (with the
 * commands that would change the machine replaced by recorders): nothing they contain executes,
 * and the value reaches the program as exactly the text typed.
 */
class GeneratedScriptInjectionTest {

    @TempDir
    Path dir;

    private Path stubs(String... names) throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String name : names) {
            Path stub = bin.resolve(name);
            Files.writeString(stub, "#!/bin/sh\n{ printf '%s\\0' \"" + name + "\" \"WAZUH_AGENT_NAME=${WAZUH_AGENT_NAME-}\"; "
                    + "for a in \"$@\"; do printf '%s\\0' \"$a\"; done; printf '\\036'; } >> \"$STUB_LOG\"\n");
            stub.toFile().setExecutable(true);
        }
        return bin;
    }

    private Tool runSh(Path bin, Path script, Path cwd) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", script.toString()).directory(cwd.toFile()).redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":/usr/bin:/bin");
        pb.environment().put("STUB_LOG", dir.resolve("calls.log").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Tool(p.waitFor(), out);
    }

    private List<List<String>> calls() throws Exception {
        String log = Files.exists(dir.resolve("calls.log")) ? Files.readString(dir.resolve("calls.log")) : "";
        return Arrays.stream(log.split("\036")).filter(s -> !s.isEmpty()).map(s -> Arrays.asList(s.split("\0", -1)))
                .map(l -> l.subList(0, l.size() - 1)).toList();
    }

    private static Lab labWith(String hostileId) {
        Network lan = Network.of("lan", NetworkKind.LAN, "vmbr1", null, "10.0.0.0/24", "10.0.0.1");
        Node vm = Node.of(hostileId, "linux-vm", Nic.of("lan", "10.0.0.5")).withHostname("vm1")
                .withRole(Map.of("packages", List.of("htop")));
        Node siem = Node.of("siem1", "siem", Nic.of("lan", "10.0.0.9"));
        return Lab.empty("inject").withNetworks(List.of(lan)).withNodes(List.of(vm, siem));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "vm1; touch PWNED",
            "vm1'; touch PWNED; echo '",
            "vm1\"; touch PWNED; echo \"",
            "vm1$(touch PWNED)",
            "vm1`touch PWNED`",
            "vm1\ntouch PWNED\n",
            "vm1\r\ntouch PWNED #",
            "vm1 && touch PWNED",
    })
    void hostileNodeNamesNeverRunAsCode(String hostile) throws Exception {
        RenderedLab r = new LabRenderer(io.labforge.kind.NodeKinds.builtin(), Homelab.settings()).render(labWith(hostile), Overrides.NONE);
        assertThat(r.errors()).isEmpty();
        GeneratedFile script = r.filesOf(hostile).stream().filter(f -> f.name().equals("provision.sh")).findFirst().orElseThrow();
        Path bin = stubs("apt-get", "install", "cloud-init", "systemctl", "dpkg", "curl", "gpg", "chmod", "chgrp");
        Path cwd = Files.createDirectories(dir.resolve("cwd"));

        // The whole script, minus the Wazuh repository block (it writes under /etc): header, steps, packages.
        String whole = script.content();
        String runnable = whole.substring(0, whole.indexOf("step 'install the Wazuh agent"));
        Path p = Files.writeString(cwd.resolve("provision.sh"), runnable);
        Tool t = runSh(bin, p, cwd);
        assertThat(t.exitCode()).as(t.output()).isZero();

        // The one line that carries the node name into a program: the agent enrollment.
        // (a quoted value may span lines, so cut by the command's own words, not by lines)
        int from = whole.indexOf("WAZUH_MANAGER=");
        String enroll = whole.substring(from, whole.indexOf("wazuh-agent\n", from) + "wazuh-agent".length());
        Path line = Files.writeString(cwd.resolve("enroll.sh"), enroll + "\n");
        Tool e = runSh(bin, line, cwd);
        assertThat(e.exitCode()).as(e.output()).isZero();

        assertThat(calls()).anySatisfy(c -> assertThat(c).startsWith("apt-get", "WAZUH_AGENT_NAME=", "install", "-y", "-q"))
                .anySatisfy(c -> assertThat(c).containsExactly("apt-get", "WAZUH_AGENT_NAME=" + hostile, "install", "-y", "-q", "wazuh-agent"));
        try (var files = Files.walk(dir)) {
            assertThat(files.filter(f -> f.getFileName().toString().startsWith("PWNED"))).isEmpty();
        }
        assertThat(Path.of("PWNED")).doesNotExist();
    }
}
