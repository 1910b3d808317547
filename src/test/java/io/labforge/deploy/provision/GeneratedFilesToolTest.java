package io.labforge.deploy.provision;

import io.labforge.model.Lab;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The generated files pass the real tools, where installed (.ci/run installs them). The shipped
 * samples go through cloud-init in {@link SampleRenderTest}; this lab adds an nftables router and host NAT.
 */
class GeneratedFilesToolTest {

    @TempDir
    Path dir;

    private List<Path> written(Lab lab, String name) throws Exception {
        RenderedLab r = Homelab.render(lab);
        assertThat(r.errors()).isEmpty();
        List<Path> out = new ArrayList<>();
        for (GeneratedFile f : r.files()) {
            Path p = Tool.write(dir.resolve(lab.nodes().stream().anyMatch(n -> "nftables".equals(n.flavor())) ? "nft" : "pf"), f);
            if (f.name().equals(name)) {
                out.add(p);
            }
        }
        assertThat(out).as("rendered files named " + name).isNotEmpty();
        return out;
    }

    @Test
    void haproxyAcceptsTheLoadBalancerConfig() throws Exception {
        assumeTrue(Tool.exists("haproxy"), "haproxy is not installed");
        for (Path cfg : written(Homelab.lab(), "haproxy.cfg")) {
            Tool t = Tool.run(List.of(Tool.path("haproxy"), "-c", "-f", cfg.toString()));
            assertThat(t.exitCode()).as(t.output()).isZero();
            assertThat(t.output()).contains("Configuration file is valid");
        }
    }

    @Test
    void nftAcceptsTheRouterRuleset() throws Exception {
        assumeTrue(Tool.exists("nft"), "nftables is not installed");
        Path rules = written(Homelab.withNftablesRouter(), "nftables.conf").get(0);
        Tool t = Tool.run(List.of(Tool.path("nft"), "-c", "-f", rules.toString()));
        if (t.exitCode() != 0 && kernelRefused(t.output()) && Tool.exists("unshare")) {
            t = Tool.run(List.of(Tool.path("unshare"), "-n", "-r", Tool.path("nft"), "-c", "-f", rules.toString()));
        }
        assumeTrue(t.exitCode() == 0 || !kernelRefused(t.output()), "the kernel refuses nft here: " + t.output());
        assertThat(t.exitCode()).as(t.output()).isZero();
    }

    /** A broken ruleset must fail the same check, or the check above proves nothing. */
    @Test
    void nftRejectsABrokenRuleset() throws Exception {
        assumeTrue(Tool.exists("nft"), "nftables is not installed");
        Path rules = written(Homelab.withNftablesRouter(), "nftables.conf").get(0);
        Files.writeString(rules, Files.readString(rules).replace("masquerade", "masqerade"));
        Tool t = Tool.run(List.of(Tool.path("nft"), "-c", "-f", rules.toString()));
        assumeTrue(!kernelRefused(t.output()), "the kernel refuses nft here");
        assertThat(t.exitCode()).isNotZero();
        assertThat(t.output()).contains("masqerade");
    }

    static boolean kernelRefused(String output) {
        return output.contains("Operation not permitted") || output.contains("Could not process rule: No such file")
                || output.contains("cache initialization failed") || output.contains("Protocol not supported");
    }

    @Test
    void xmllintFindsThePfSenseConfigWellFormed() throws Exception {
        assumeTrue(Tool.exists("xmllint"), "xmllint is not installed");
        written(Homelab.lab(), "config.xml");
        try (var files = Files.walk(dir)) {
            for (Path xml : files.filter(p -> p.toString().endsWith(".xml")).toList()) {
                Tool t = Tool.run(List.of(Tool.path("xmllint"), "--noout", xml.toString()));
                assertThat(t.exitCode()).as(xml + ": " + t.output()).isZero();
            }
        }
    }

    @Test
    void sshdAcceptsTheBastionHardening() throws Exception {
        assumeTrue(Tool.exists("sshd") && Tool.exists("ssh-keygen"), "openssh-server is not installed");
        assumeTrue(Files.isDirectory(Path.of("/run/sshd")), "sshd -t needs its privilege separation directory /run/sshd");
        Path dropIn = written(Homelab.lab(), "10-labforge-bastion.conf").get(0);
        Path key = dir.resolve("hostkey");
        assertThat(Tool.run(List.of(Tool.path("ssh-keygen"), "-q", "-t", "ed25519", "-N", "", "-f", key.toString())).exitCode()).isZero();
        Path cfg = dir.resolve("sshd_config");
        Files.writeString(cfg, "HostKey " + key + "\nUsePAM no\nInclude " + dropIn + "\n");
        Tool t = Tool.run(List.of(Tool.path("sshd"), "-t", "-f", cfg.toString()));
        assertThat(t.exitCode()).as(t.output()).isZero();
        Tool effective = Tool.run(List.of(Tool.path("sshd"), "-T", "-f", cfg.toString(), "-C", "user=labforge,host=x,addr=10.10.10.7"));
        assertThat(effective.output()).contains("passwordauthentication no", "permitrootlogin no", "allowusers labforge@10.10.10.0/24");
    }

    @Test
    void everyScriptIsValidShell() throws Exception {
        RenderedLab r = Homelab.render(Homelab.lab());
        int checked = 0;
        for (GeneratedFile f : r.files()) {
            if (f.name().endsWith(".sh")) {
                Path p = Tool.write(dir, f);
                Tool t = Tool.run(List.of("sh", "-n", p.toString()));
                assertThat(t.exitCode()).as(f.relativePath() + ": " + t.output()).isZero();
                checked++;
            }
        }
        assertThat(checked).isGreaterThanOrEqualTo(14);
    }
}
