package io.labforge.deploy.provision;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fields of the kubeadm configuration types (kubeadm.k8s.io v1beta3 and v1beta4, from the
 * Kubernetes "kubeadm Configuration" API reference), for the objects Labforge writes. kubeadm
 * itself is not available to the tests: this checks that every emitted key exists at its place in
 * the API of the declared version and that the version-specific shapes are right. It cannot check
 * what only kubeadm's validation knows (e.g. that a token's format is accepted).
 */
final class KubeadmFields {

    private KubeadmFields() {
    }

    private static final Set<String> NODE_REGISTRATION_V3 = Set.of("name", "criSocket", "taints", "kubeletExtraArgs",
            "ignorePreflightErrors", "imagePullPolicy");
    private static final Set<String> API_ENDPOINT = Set.of("advertiseAddress", "bindPort");
    private static final Set<String> BOOTSTRAP_TOKEN = Set.of("token", "description", "ttl", "expires", "usages", "groups");

    private static final Map<String, Set<String>> V1BETA3 = Map.ofEntries(
            Map.entry("InitConfiguration", Set.of("apiVersion", "kind", "bootstrapTokens", "nodeRegistration", "localAPIEndpoint",
                    "certificateKey", "skipPhases", "patches")),
            Map.entry("InitConfiguration/bootstrapTokens[]", BOOTSTRAP_TOKEN),
            Map.entry("InitConfiguration/nodeRegistration", NODE_REGISTRATION_V3),
            Map.entry("InitConfiguration/localAPIEndpoint", API_ENDPOINT),
            Map.entry("ClusterConfiguration", Set.of("apiVersion", "kind", "etcd", "networking", "kubernetesVersion",
                    "controlPlaneEndpoint", "apiServer", "controllerManager", "scheduler", "dns", "certificatesDir",
                    "imageRepository", "featureGates", "clusterName")),
            Map.entry("ClusterConfiguration/networking", Set.of("serviceSubnet", "podSubnet", "dnsDomain")),
            Map.entry("ClusterConfiguration/apiServer", Set.of("extraArgs", "extraVolumes", "certSANs", "timeoutForControlPlane")),
            Map.entry("JoinConfiguration", Set.of("apiVersion", "kind", "nodeRegistration", "caCertPath", "discovery", "controlPlane",
                    "skipPhases", "patches")),
            Map.entry("JoinConfiguration/nodeRegistration", NODE_REGISTRATION_V3),
            Map.entry("JoinConfiguration/discovery", Set.of("bootstrapToken", "file", "tlsBootstrapToken", "timeout")),
            Map.entry("JoinConfiguration/discovery/bootstrapToken", Set.of("token", "apiServerEndpoint", "caCertHashes",
                    "unsafeSkipCAVerification")),
            Map.entry("JoinConfiguration/controlPlane", Set.of("localAPIEndpoint", "certificateKey")),
            Map.entry("JoinConfiguration/controlPlane/localAPIEndpoint", API_ENDPOINT),
            Map.entry("KubeletConfiguration", Set.of("apiVersion", "kind", "cgroupDriver", "clusterDNS", "clusterDomain",
                    "failSwapOn", "containerRuntimeEndpoint", "rotateCertificates", "serverTLSBootstrap")));

    /** v1beta4: dryRun and timeouts added; discovery.timeout and apiServer.timeoutForControlPlane moved into timeouts. */
    private static final Map<String, Set<String>> V1BETA4 = Map.ofEntries(
            Map.entry("InitConfiguration", plus(V1BETA3.get("InitConfiguration"), "dryRun", "timeouts")),
            Map.entry("InitConfiguration/bootstrapTokens[]", BOOTSTRAP_TOKEN),
            Map.entry("InitConfiguration/nodeRegistration", plus(NODE_REGISTRATION_V3, "imagePullSerial")),
            Map.entry("InitConfiguration/localAPIEndpoint", API_ENDPOINT),
            Map.entry("ClusterConfiguration", plus(V1BETA3.get("ClusterConfiguration"), "caCertificateValidityPeriod",
                    "certificateValidityPeriod", "encryptionAlgorithm", "proxy")),
            Map.entry("ClusterConfiguration/networking", V1BETA3.get("ClusterConfiguration/networking")),
            Map.entry("ClusterConfiguration/apiServer", Set.of("extraArgs", "extraVolumes", "extraEnvs", "certSANs")),
            Map.entry("JoinConfiguration", plus(V1BETA3.get("JoinConfiguration"), "dryRun", "timeouts")),
            Map.entry("JoinConfiguration/nodeRegistration", plus(NODE_REGISTRATION_V3, "imagePullSerial")),
            Map.entry("JoinConfiguration/discovery", Set.of("bootstrapToken", "file", "tlsBootstrapToken")),
            Map.entry("JoinConfiguration/discovery/bootstrapToken", V1BETA3.get("JoinConfiguration/discovery/bootstrapToken")),
            Map.entry("JoinConfiguration/controlPlane", V1BETA3.get("JoinConfiguration/controlPlane")),
            Map.entry("JoinConfiguration/controlPlane/localAPIEndpoint", API_ENDPOINT),
            Map.entry("KubeletConfiguration", V1BETA3.get("KubeletConfiguration")));

    private static Set<String> plus(Set<String> base, String... more) {
        Set<String> s = new java.util.HashSet<>(base);
        s.addAll(List.of(more));
        return Set.copyOf(s);
    }

    /** Keys (as paths) the declared API version does not define, and wrongly shaped values; empty when all is well. */
    static List<String> unknown(JsonNode doc) {
        String apiVersion = doc.path("apiVersion").asText();
        String kind = doc.path("kind").asText();
        List<String> problems = new ArrayList<>();
        Map<String, Set<String>> fields;
        boolean structuredArgs;
        if (kind.equals("KubeletConfiguration")) {
            if (!apiVersion.equals("kubelet.config.k8s.io/v1beta1")) {
                problems.add("apiVersion " + apiVersion);
            }
            fields = V1BETA4;
            structuredArgs = true;
        } else if (apiVersion.equals("kubeadm.k8s.io/v1beta4")) {
            fields = V1BETA4;
            structuredArgs = true;
        } else if (apiVersion.equals("kubeadm.k8s.io/v1beta3")) {
            fields = V1BETA3;
            structuredArgs = false;
        } else {
            return List.of("apiVersion " + apiVersion);
        }
        walk(doc, kind, fields, problems);
        for (String reg : List.of("/nodeRegistration/kubeletExtraArgs")) {
            JsonNode args = doc.at(reg);
            if (args.isMissingNode()) {
                continue;
            }
            if (structuredArgs && !(args.isArray() && allNameValue(args))) {
                problems.add(kind + reg + " must be a list of {name, value} in v1beta4");
            }
            if (!structuredArgs && !(args.isObject() && allText(args))) {
                problems.add(kind + reg + " must be a map of strings in v1beta3");
            }
        }
        JsonNode port = doc.at("/localAPIEndpoint/bindPort");
        if (!port.isMissingNode() && !port.isInt()) {
            problems.add(kind + "/localAPIEndpoint/bindPort must be an integer");
        }
        return problems;
    }

    private static void walk(JsonNode node, String path, Map<String, Set<String>> fields, List<String> problems) {
        Set<String> known = fields.get(path);
        if (known == null) {
            return;  // a free-form or leaf object (extraArgs values, taints, ...)
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                problems.add(path + "/" + key);
                continue;
            }
            JsonNode child = node.get(key);
            if (child.isObject()) {
                walk(child, path + "/" + key, fields, problems);
            } else if (child.isArray()) {
                for (JsonNode item : child) {
                    if (item.isObject()) {
                        walk(item, path + "/" + key + "[]", fields, problems);
                    }
                }
            }
        }
    }

    private static boolean allNameValue(JsonNode list) {
        for (JsonNode a : list) {
            if (!a.isObject() || a.size() != 2 || !a.path("name").isTextual() || !a.path("value").isTextual()) {
                return false;
            }
        }
        return true;
    }

    private static boolean allText(JsonNode map) {
        for (JsonNode v : map) {
            if (!v.isTextual()) {
                return false;
            }
        }
        return true;
    }
}
