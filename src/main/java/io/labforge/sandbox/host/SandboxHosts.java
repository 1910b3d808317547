package io.labforge.sandbox.host;

import io.labforge.sandbox.state.SimState;
import io.labforge.sandbox.state.SimStorage;
import io.labforge.sandbox.state.Volume;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simulated Proxmox nodes' root shells: what SSH to a real node would do for the commands
 * Labforge sends (NAT rules, sysctl, files under {@code /etc}, cloud-init snippets), kept per node
 * for the life of the sandbox. A snippet written under a storage's {@code snippets} directory shows
 * up in that storage's content, as on a real node. Commands it does not simulate are refused.
 */
public final class SandboxHosts {

    /** Where PVE keeps the {@code local} directory storage; snippets live in its {@code snippets} folder. */
    public static final String LOCAL_PATH = "/var/lib/vz";

    /** What a command did. */
    public record Result(int status, String stdout, String stderr) {
    }

    private final SimState state;
    private final Map<String, SimHost> hosts = new LinkedHashMap<>();

    public SandboxHosts(SimState state, List<String> nodes) {
        this.state = state;
        for (String n : nodes) {
            hosts.put(n, new SimHost(n, (path, content) -> snippet(n, path, content)));
        }
    }

    /**
     * Runs {@code command} as {@code sh -c} would on {@code node}.
     *
     * @throws UnsupportedShellException for a command, option or shell construct it does not simulate,
     *                                   or an unknown node
     */
    public synchronized Result run(String node, String command) {
        ShellScript.Out out = ShellScript.run(command, host(node));
        return new Result(out.status(), new String(out.stdout(), StandardCharsets.UTF_8), new String(out.stderr(), StandardCharsets.UTF_8));
    }

    /** Writes a file on {@code node} in one step (as an upload's rename does). */
    public synchronized void upload(String node, String path, byte[] content) {
        host(node).write(path, content);
    }

    public synchronized Optional<String> file(String node, String path) {
        byte[] b = host(node).read(path);
        return b == null ? Optional.empty() : Optional.of(new String(b, StandardCharsets.UTF_8));
    }

    /** Paths of every file Labforge has written on the node and not removed (the boot-time ones included). */
    public synchronized List<String> files(String node) {
        return List.copyOf(host(node).files().keySet());
    }

    /** The rules of a chain of the node's {@code nat} table, as {@code iptables -S} would list them without {@code -A CHAIN}. */
    public synchronized List<String> natRules(String node, String chain) {
        return host(node).natRules(chain);
    }

    public synchronized String sysctl(String node, String key) {
        return host(node).sysctl(key);
    }

    private SimHost host(String node) {
        SimHost h = hosts.get(node);
        if (h == null) {
            throw new UnsupportedShellException("no node '" + node + "' in the sandbox (nodes: " + String.join(", ", hosts.keySet()) + ")");
        }
        return h;
    }

    /** Keeps {@code local:snippets/...} in step with the files under {@code /var/lib/vz/snippets/}. */
    private void snippet(String node, String path, byte[] content) {
        String dir = LOCAL_PATH + "/snippets/";
        if (!path.startsWith(dir) || path.substring(dir.length()).contains("/")) {
            return;
        }
        String volid = "local:snippets/" + path.substring(dir.length());
        state.write(() -> {
            SimStorage local = state.storages().get("local");
            if (local == null) {
                return;
            }
            local.files().removeIf(v -> v.volid().equals(volid));
            if (content != null) {
                local.files().add(new Volume(volid, "snippets", "snippet", content.length, 0));
            }
        });
    }
}
