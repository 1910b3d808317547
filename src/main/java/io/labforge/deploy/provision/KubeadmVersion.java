package io.labforge.deploy.provision;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Kubernetes release a kubeadm cluster runs: a minor ({@code v1.34}: newest patch of that
 * minor from pkgs.k8s.io) or an exact patch ({@code v1.34.2}). It picks the apt repository, the
 * package versions and the kubeadm configuration API: {@code v1beta4} from 1.31 on, {@code v1beta3} before.
 */
record KubeadmVersion(int minor, Integer patch) {

    static final KubeadmVersion DEFAULT = new KubeadmVersion(34, null);
    static final int OLDEST_MINOR = 27;
    private static final Pattern FORMAT = Pattern.compile("v?1\\.(\\d{1,2})(?:\\.(\\d{1,3}))?");

    static KubeadmVersion parse(String text, RoleSettings role) {
        Matcher m = FORMAT.matcher(text.trim());
        if (!m.matches() || Integer.parseInt(m.group(1)) < OLDEST_MINOR) {
            throw role.error("version", "must be a Kubernetes release like v1.34 or v1.34.2 (1." + OLDEST_MINOR + " or newer)", text);
        }
        return new KubeadmVersion(Integer.parseInt(m.group(1)), m.group(2) == null ? null : Integer.parseInt(m.group(2)));
    }

    /** {@code v1.34}: the pkgs.k8s.io repository of this minor. */
    String repository() {
        return "v1." + minor;
    }

    /** ClusterConfiguration's kubernetesVersion: the exact release, or kubeadm's label for the newest patch of the minor. */
    String kubernetesVersion() {
        return patch == null ? "stable-1." + minor : "v1." + minor + "." + patch;
    }

    /** Prefix of the Debian package version to pin ({@code 1.34.2-}), or {@code null} for the newest. */
    String packagePrefix() {
        return patch == null ? null : "1." + minor + "." + patch + "-";
    }

    String apiVersion() {
        return "kubeadm.k8s.io/" + (minor >= 31 ? "v1beta4" : "v1beta3");
    }

    /** v1beta4 writes extra arguments as a list of name/value pairs; v1beta3 as a map. */
    boolean structuredArgs() {
        return minor >= 31;
    }
}
