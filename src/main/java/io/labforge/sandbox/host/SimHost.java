package io.labforge.sandbox.host;

import io.labforge.sandbox.host.ShellScript.Out;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * One simulated Proxmox node's root shell state: the files Labforge writes, kernel settings, and
 * the {@code nat} table of iptables. Only the commands Labforge's host steps use are simulated;
 * anything else is refused. Not thread-safe: {@link SandboxHosts} serialises calls.
 */
final class SimHost {

    static final String KNOWN = "sysctl, iptables -t nat -C/-A/-D, printf, echo, grep, cmp, rm -f, mv -f, true, false";

    private final String name;
    private final Map<String, byte[]> files = new TreeMap<>();
    private final Map<String, String> sysctl = new TreeMap<>(Map.of("net.ipv4.ip_forward", "0"));
    private final Map<String, List<String>> nat = new LinkedHashMap<>();
    /** Told of every file written ({@code content}) or removed ({@code null}), e.g. to keep storage content in step. */
    private final BiConsumer<String, byte[]> fileListener;

    SimHost(String name, BiConsumer<String, byte[]> fileListener) {
        this.name = name;
        this.fileListener = fileListener;
        files.put("/etc/network/interfaces", ("auto lo\niface lo inet loopback\n\nsource /etc/network/interfaces.d/*\n")
                .getBytes(StandardCharsets.UTF_8));
        for (String chain : List.of("PREROUTING", "INPUT", "OUTPUT", "POSTROUTING")) {
            nat.put(chain, new ArrayList<>());
        }
    }

    Out exec(List<String> words, byte[] stdin) {
        List<String> args = words.subList(1, words.size());
        return switch (words.get(0)) {
            case "sysctl" -> sysctl(args);
            case "iptables" -> iptables(args);
            case "printf" -> ok(Printf.format(args));
            case "echo" -> ok(String.join(" ", args) + "\n");
            case "grep" -> Grep.run(args, stdin, this::read);
            case "cmp" -> cmp(args, stdin);
            case "rm" -> rm(args);
            case "mv" -> mv(args);
            case "true" -> ok("");
            case "false" -> new Out(1, new byte[0], new byte[0]);
            default -> throw new UnsupportedShellException("sh: " + words.get(0) + ": the sandbox's node shell on " + name
                    + " does not simulate this command (it simulates " + KNOWN + ")");
        };
    }

    void redirect(String path, byte[] content, boolean append) {
        if (path.equals("/dev/null")) {
            return;
        }
        byte[] now = append && files.containsKey(path) ? concat(files.get(path), content) : content;
        write(path, now);
    }

    void write(String path, byte[] content) {
        if (!path.startsWith("/")) {
            throw new UnsupportedShellException("the sandbox's node shell writes absolute paths only, not '" + path + "'");
        }
        files.put(path, content.clone());
        fileListener.accept(path, content);
    }

    byte[] read(String path) {
        return files.get(path);
    }

    Map<String, byte[]> files() {
        return files;
    }

    List<String> natRules(String chain) {
        return List.copyOf(nat.getOrDefault(chain, List.of()));
    }

    String sysctl(String key) {
        return sysctl.get(key);
    }

    private Out sysctl(List<String> args) {
        if (args.size() == 2 && args.get(0).equals("-w") && args.get(1).contains("=")) {
            String key = args.get(1).substring(0, args.get(1).indexOf('='));
            String value = args.get(1).substring(args.get(1).indexOf('=') + 1);
            sysctl.put(key, value);
            return ok(key + " = " + value + "\n");
        }
        if (args.size() == 2 && args.get(0).equals("-n")) {
            String v = sysctl.get(args.get(1));
            return v == null ? fail(255, "sysctl: cannot stat /proc/sys/" + args.get(1).replace('.', '/') + ": No such file or directory\n")
                    : ok(v + "\n");
        }
        throw new UnsupportedShellException("the sandbox's node shell simulates 'sysctl -w KEY=VALUE' and 'sysctl -n KEY' only, not: sysctl "
                + String.join(" ", args));
    }

    private Out iptables(List<String> args) {
        if (args.size() < 4 || !args.get(0).equals("-t") || !args.get(1).equals("nat")
                || !List.of("-C", "-A", "-D").contains(args.get(2)) || !nat.containsKey(args.get(3))) {
            throw new UnsupportedShellException("the sandbox's node shell simulates 'iptables -t nat -C|-A|-D CHAIN RULE...' only, not: iptables "
                    + String.join(" ", args));
        }
        List<String> chain = nat.get(args.get(3));
        String rule = String.join(" ", args.subList(4, args.size()));
        if (rule.isBlank()) {
            return fail(2, "iptables v1.8.9 (nf_tables): no rule given\n");
        }
        return switch (args.get(2)) {
            case "-A" -> {
                chain.add(rule);
                yield ok("");
            }
            case "-C" -> chain.contains(rule) ? ok("") : fail(1, "iptables: Bad rule (does a matching rule exist in that chain?).\n");
            default -> chain.remove(rule) ? ok("") : fail(1, "iptables: Bad rule (does a matching rule exist in that chain?).\n");
        };
    }

    private Out cmp(List<String> args, byte[] stdin) {
        if (args.size() != 3 || !args.get(0).equals("-s")) {
            throw new UnsupportedShellException("the sandbox's node shell simulates 'cmp -s FILE1 FILE2' only");
        }
        byte[] a = args.get(1).equals("-") ? stdin : read(args.get(1));
        byte[] b = args.get(2).equals("-") ? stdin : read(args.get(2));
        if (a == null || b == null) {
            return new Out(2, new byte[0], new byte[0]);
        }
        return new Out(java.util.Arrays.equals(a, b) ? 0 : 1, new byte[0], new byte[0]);
    }

    private Out rm(List<String> args) {
        if (args.isEmpty() || !args.get(0).equals("-f")) {
            throw new UnsupportedShellException("the sandbox's node shell simulates 'rm -f FILE...' only");
        }
        for (String path : args.subList(1, args.size())) {
            if (files.remove(path) != null) {
                fileListener.accept(path, null);
            }
        }
        return ok("");
    }

    private Out mv(List<String> args) {
        if (args.size() != 3 || !args.get(0).equals("-f")) {
            throw new UnsupportedShellException("the sandbox's node shell simulates 'mv -f FROM TO' only");
        }
        byte[] content = files.remove(args.get(1));
        if (content == null) {
            return fail(1, "mv: cannot stat '" + args.get(1) + "': No such file or directory\n");
        }
        fileListener.accept(args.get(1), null);
        write(args.get(2), content);
        return ok("");
    }

    private static Out ok(String stdout) {
        return new Out(0, ShellScript.utf8(stdout), new byte[0]);
    }

    private static Out fail(int status, String stderr) {
        return new Out(status, new byte[0], ShellScript.utf8(stderr));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
