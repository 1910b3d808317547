package io.labforge.deploy.provision;

import io.labforge.kind.NodeKinds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The Proxmox host's NAT steps: right rule, idempotent apply, exact removal. */
class HostStepsTest {

    @TempDir
    Path dir;

    private final List<HostStep> steps = new HostSteps(new LabFacts(Homelab.lab(), NodeKinds.builtin())).steps();

    @Test
    void masqueradesTheNetworkWhoseGatewayIsTheHostOutThroughTheUplink() {
        assertThat(steps).extracting(HostStep::id).containsExactly("forwarding:pve", "nat:wan", "persist:pve");
        HostStep nat = steps.get(1);
        String rule = "-s '192.168.100.0/24' -o 'vmbr0' -j MASQUERADE -m comment --comment 'labforge:homelab:wan'";
        assertThat(nat.applyCommand()).isEqualTo("iptables -t nat -C POSTROUTING " + rule + " 2>/dev/null || iptables -t nat -A POSTROUTING " + rule);
        assertThat(nat.removeCommand()).contains("iptables -t nat -D POSTROUTING " + rule);
        assertThat(steps.get(2).applyCommand()).contains("/etc/network/interfaces.d/labforge-homelab")
                .contains("post-up   iptables -t nat -C POSTROUTING").contains("iface vmbr1");
    }

    /** Runs apply twice and remove once against an iptables stand-in that keeps the nat table in a file. */
    @Test
    void applyIsIdempotentAndRemoveTakesOutExactlyWhatApplyAdded() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path table = dir.resolve("nat.table");
        Files.writeString(table, "-s 10.0.0.0/8 -o vmbr0 -j MASQUERADE\n");
        Files.writeString(bin.resolve("iptables"), """
                #!/bin/sh
                # iptables -t nat -C|-A|-D POSTROUTING rule...
                op=$3; shift 4; rule="$*"
                case $op in
                  -C) grep -qxF -- "$rule" "$TABLE" ;;
                  -A) printf '%s\\n' "$rule" >> "$TABLE" ;;
                  -D) grep -vxF -- "$rule" "$TABLE" > "$TABLE.new"; mv "$TABLE.new" "$TABLE" ;;
                esac
                """);
        bin.resolve("iptables").toFile().setExecutable(true);
        HostStep nat = steps.get(1);
        for (String command : List.of(nat.applyCommand(), nat.applyCommand())) {
            assertThat(sh(bin, table, command)).isZero();
        }
        assertThat(Files.readAllLines(table)).containsExactly("-s 10.0.0.0/8 -o vmbr0 -j MASQUERADE",
                "-s 192.168.100.0/24 -o vmbr0 -j MASQUERADE -m comment --comment labforge:homelab:wan");
        assertThat(sh(bin, table, nat.removeCommand())).isZero();
        assertThat(Files.readAllLines(table)).containsExactly("-s 10.0.0.0/8 -o vmbr0 -j MASQUERADE");
    }

    private int sh(Path bin, Path table, String command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("/bin/sh", "-c", command).redirectErrorStream(true);
        pb.environment().put("PATH", bin + ":/usr/bin:/bin");
        pb.environment().put("TABLE", table.toString());
        Process p = pb.start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }

    @Test
    void aLabWithoutSuchANetworkNeedsNoHostSteps() {
        var lab = Homelab.lab().updateNode("pve", n -> n.withRole(java.util.Map.of()).withNics(List.of(io.labforge.model.Nic.of("wan", "192.168.100.50"))));
        assertThat(new HostSteps(new LabFacts(lab, NodeKinds.builtin())).steps()).isEmpty();
    }

    @Test
    void theUplinkMustNotBeTheMasqueradedBridge() {
        var lab = Homelab.lab().updateNode("pve", n -> n.withRole(java.util.Map.of("nat", java.util.Map.of("uplink", "vmbr1"))));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new HostSteps(new LabFacts(lab, NodeKinds.builtin())).steps())
                .isInstanceOf(RenderException.class).hasMessageContaining("set role.nat.uplink");
    }
}
