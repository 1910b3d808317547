package io.labforge.deploy.provision;

import io.labforge.model.Node;
import io.labforge.shell.ShellQuote;

import java.util.ArrayList;
import java.util.List;

/**
 * What a kubeadm node needs on a Debian or Ubuntu cloud image: kernel modules and sysctls, no
 * swap, containerd (Docker's repository, systemd cgroups) and kubelet/kubeadm/kubectl from
 * pkgs.k8s.io, held at the lab's version.
 */
final class KubeadmInstall {

    static final String CONTAINERD_CONFIG = "/etc/containerd/config.toml";
    static final String MODULES = "/etc/modules-load.d/k8s.conf";
    static final String SYSCTL = "/etc/sysctl.d/99-kubernetes.conf";

    private KubeadmInstall() {
    }

    static void addTo(RoleOutput out, Node node, LabFacts facts, KubeadmVersion version) {
        out.file(GeneratedFile.config(node.id(), "k8s-modules.conf", Role.header(facts, node, "#") + "overlay\nbr_netfilter\n", MODULES))
                .file(GeneratedFile.config(node.id(), "99-kubernetes.conf", Role.header(facts, node, "#")
                        + "net.bridge.bridge-nf-call-iptables = 1\nnet.bridge.bridge-nf-call-ip6tables = 1\nnet.ipv4.ip_forward = 1\n", SYSCTL))
                .file(GeneratedFile.config(node.id(), "containerd-config.toml", containerd(node, facts), CONTAINERD_CONFIG))
                .step(ScriptStep.of("prepare the kernel: modules, forwarding, no swap",
                        "modprobe overlay",
                        "modprobe br_netfilter",
                        "sysctl --system > /dev/null",
                        "swapoff -a",
                        "sed -i '/^[^#].*[[:space:]]swap[[:space:]]/s/^/#/' /etc/fstab"))
                .step(new ScriptStep("install containerd", List.of(
                        ". /etc/os-release",
                        "case \"$ID\" in debian|ubuntu) ;; *) echo \"kubeadm nodes need a Debian or Ubuntu image, not $ID\" >&2; exit 1 ;; esac",
                        "if ! dpkg -s containerd.io > /dev/null 2>&1; then",
                        "  install -d -m 0755 /etc/apt/keyrings",
                        "  curl -fsSL \"https://download.docker.com/linux/$ID/gpg\" | gpg --dearmor --yes -o /etc/apt/keyrings/docker.gpg",
                        "  echo \"deb [signed-by=/etc/apt/keyrings/docker.gpg] https://download.docker.com/linux/$ID $VERSION_CODENAME stable\""
                                + " > /etc/apt/sources.list.d/docker.list",
                        "  apt-get update -q",
                        "  apt-get install -y -q -o Dpkg::Options::=--force-confold containerd.io",
                        "fi",
                        "# The package ships a config with CRI disabled: ours enables it with systemd cgroups.",
                        "install -m 0644 \"$STAGE\"/containerd-config.toml " + CONTAINERD_CONFIG,
                        "systemctl enable containerd",
                        "systemctl restart containerd")))
                .step(new ScriptStep("install kubelet, kubeadm and kubectl " + version.repository()
                        + (version.patch() == null ? "" : "." + version.patch()), kubernetes(version)));
    }

    private static List<String> kubernetes(KubeadmVersion version) {
        String repo = "https://pkgs.k8s.io/core:/stable:/" + version.repository() + "/deb/";
        List<String> lines = new ArrayList<>(List.of(
                "install -d -m 0755 /etc/apt/keyrings",
                "curl -fsSL " + ShellQuote.quote(repo + "Release.key") + " | gpg --dearmor --yes -o /etc/apt/keyrings/kubernetes.gpg",
                "echo " + ShellQuote.quote("deb [signed-by=/etc/apt/keyrings/kubernetes.gpg] " + repo + " /")
                        + " > /etc/apt/sources.list.d/kubernetes.list",
                "# Installed once and held: a later run never upgrades a running cluster behind kubeadm's back.",
                "if ! dpkg -s kubeadm > /dev/null 2>&1; then",
                "  apt-get update -q"));
        if (version.packagePrefix() == null) {
            lines.add("  apt-get install -y -q kubelet kubeadm kubectl");
        } else {
            lines.add("  v=$(apt-cache madison kubeadm | awk -v p=" + ShellQuote.quote(version.packagePrefix())
                    + " 'index($3, p) == 1 { print $3; exit }')");
            lines.add("  [ -n \"$v\" ] || { echo " + ShellQuote.quote("pkgs.k8s.io has no kubeadm " + version.packagePrefix() + "*") + " >&2; exit 1; }");
            lines.add("  apt-get install -y -q \"kubelet=$v\" \"kubeadm=$v\" \"kubectl=$v\"");
        }
        lines.add("fi");
        lines.add("apt-mark hold kubelet kubeadm kubectl");
        lines.add("systemctl enable kubelet");
        return lines;
    }

    private static String containerd(Node node, LabFacts facts) {
        return Role.header(facts, node, "#")
                + "# CRI enabled, runc with systemd cgroups (the kubelet's cgroup driver). Version 2 is read by containerd 1.6 to 2.x.\n"
                + "version = 2\n\n"
                + "[plugins.\"io.containerd.grpc.v1.cri\".containerd.runtimes.runc]\n"
                + "  runtime_type = \"io.containerd.runc.v2\"\n\n"
                + "[plugins.\"io.containerd.grpc.v1.cri\".containerd.runtimes.runc.options]\n"
                + "  SystemdCgroup = true\n";
    }
}
