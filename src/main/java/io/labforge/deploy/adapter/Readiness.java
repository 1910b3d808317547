package io.labforge.deploy.adapter;

import io.labforge.deploy.port.ClusterException;
import io.labforge.deploy.port.ClusterException.Failure;
import io.labforge.deploy.port.GuestRef;
import io.labforge.deploy.port.GuestType;
import io.labforge.deploy.port.ReadyCheck;
import io.labforge.deploy.port.TaskLog;
import io.labforge.proxmox.ProxmoxClient;
import io.labforge.proxmox.api.ProxmoxException;
import io.labforge.proxmox.nodes.qemu.AgentInterface;
import io.labforge.proxmox.property.LxcNic;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The readiness ladder of PITFALLS §6: running → guest agent answers → a global IPv4 address; for
 * containers their configured address; for appliances a TCP probe; for installer ISOs just running.
 */
final class Readiness {

    private final ProxmoxClient client;
    private final AdapterSettings settings;

    Readiness(ProxmoxClient client, AdapterSettings settings) {
        this.client = client;
        this.settings = settings;
    }

    List<String> await(GuestRef ref, ReadyCheck check, Duration timeout, TaskLog log) throws ClusterException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String last = "not checked yet";
        while (System.nanoTime() < deadline) {
            try {
                List<String> found = probe(ref, check);
                if (found != null) {
                    log.line("ready" + (found.isEmpty() ? "" : ": " + String.join(", ", found)));
                    return found;
                }
                last = "not ready yet";
            } catch (ProxmoxException e) {
                last = e.getMessage();
            }
            try {
                Thread.sleep(settings.pollInterval().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClusterException(Failure.OTHER, "interrupted while waiting for " + ref);
            }
        }
        throw new ClusterException(Failure.OTHER, ref + " was not ready after " + timeout.toSeconds() + " s (" + last + ")");
    }

    /** The addresses when ready, {@code null} when not yet. */
    private List<String> probe(GuestRef ref, ReadyCheck check) {
        boolean running = ref.type() == GuestType.QEMU
                ? client.node(ref.node()).qemu().status(ref.vmid()).running()
                : client.node(ref.node()).lxc().status(ref.vmid()).running();
        if (!running) {
            return null;
        }
        return switch (check.mode()) {
            case RUNNING -> List.of();
            case TCP -> tcp(check.address(), check.port()) ? List.of(check.address()) : null;
            case CONTAINER -> containerAddresses(ref);
            case AGENT -> {
                client.node(ref.node()).qemu().agentPing(ref.vmid());
                List<String> ips = agentAddresses(ref);
                yield ips.isEmpty() ? null : ips;
            }
        };
    }

    List<String> agentAddresses(GuestRef ref) {
        List<String> out = new ArrayList<>();
        for (AgentInterface i : client.node(ref.node()).qemu().agentNetworkInterfaces(ref.vmid())) {
            for (AgentInterface.Address a : i.ipAddresses()) {
                String ip = a.ipAddress();
                if ("ipv4".equals(a.type()) && ip != null && !ip.startsWith("127.") && !ip.startsWith("169.254.")) {
                    out.add(ip);
                }
            }
        }
        return out;
    }

    List<String> containerAddresses(GuestRef ref) {
        List<String> out = new ArrayList<>();
        client.node(ref.node()).lxc().config(ref.vmid()).forEach((k, v) -> {
            if (k.matches("net\\d+")) {
                String ip = LxcNic.parse(v).ip();
                if (ip != null && ip.contains("/")) {
                    out.add(ip.substring(0, ip.indexOf('/')));
                }
            }
        });
        return out;
    }

    private static boolean tcp(String host, int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
