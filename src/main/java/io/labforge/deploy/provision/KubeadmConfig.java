package io.labforge.deploy.provision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * kubeadm configuration documents as Jackson trees: {@code InitConfiguration} +
 * {@code ClusterConfiguration} + {@code KubeletConfiguration} for the first control plane,
 * {@code JoinConfiguration} for the rest. Secrets are {@link SecretTemplate} placeholders.
 */
final class KubeadmConfig {

    static final String CRI_SOCKET = "unix:///var/run/containerd/containerd.sock";
    static final String TOKEN = "kubeadm-bootstrap-token";
    static final String CERTIFICATE_KEY = "kubeadm-certificate-key";
    static final String CA_HASH = "kubeadm-ca-hash";

    private final KubeadmVersion version;

    KubeadmConfig(KubeadmVersion version) {
        this.version = version;
    }

    /**
     * @param name        node name (the hostname)
     * @param nodeIp      the node's address on the cluster network, or {@code null}
     * @param labels      kubelet node labels ({@code key=value})
     */
    record NodeRegistration(String name, String nodeIp, List<String> labels) {
    }

    Map<String, Object> init(NodeRegistration node, int bindPort) {
        Map<String, Object> token = new LinkedHashMap<>();
        token.put("token", SecretTemplate.placeholder(TOKEN));
        token.put("description", "Labforge: joins the lab's nodes");
        token.put("ttl", "24h0m0s");
        Map<String, Object> doc = header("InitConfiguration");
        doc.put("bootstrapTokens", List.of(token));
        doc.put("certificateKey", SecretTemplate.placeholder(CERTIFICATE_KEY));
        doc.put("localAPIEndpoint", apiEndpoint(node.nodeIp(), bindPort));
        doc.put("nodeRegistration", registration(node));
        return doc;
    }

    Map<String, Object> cluster(String clusterName, String controlPlaneEndpoint, String podCidr, String serviceCidr, List<String> sans) {
        Map<String, Object> doc = header("ClusterConfiguration");
        doc.put("clusterName", clusterName);
        doc.put("kubernetesVersion", version.kubernetesVersion());
        doc.put("controlPlaneEndpoint", controlPlaneEndpoint);
        Map<String, Object> networking = new LinkedHashMap<>();
        networking.put("podSubnet", podCidr);
        networking.put("serviceSubnet", serviceCidr);
        networking.put("dnsDomain", "cluster.local");
        doc.put("networking", networking);
        if (!sans.isEmpty()) {
            doc.put("apiServer", Map.of("certSANs", sans));
        }
        return doc;
    }

    static Map<String, Object> kubelet() {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("apiVersion", "kubelet.config.k8s.io/v1beta1");
        doc.put("kind", "KubeletConfiguration");
        doc.put("cgroupDriver", "systemd");
        return doc;
    }

    /** @param controlPlane {@code true}: joins as a control plane (downloads the certificates uploaded by the first one) */
    Map<String, Object> join(NodeRegistration node, String apiServerEndpoint, boolean controlPlane, int bindPort) {
        Map<String, Object> bootstrap = new LinkedHashMap<>();
        bootstrap.put("apiServerEndpoint", apiServerEndpoint);
        bootstrap.put("token", SecretTemplate.placeholder(TOKEN));
        bootstrap.put("caCertHashes", List.of(SecretTemplate.placeholder(CA_HASH)));
        Map<String, Object> doc = header("JoinConfiguration");
        doc.put("discovery", Map.of("bootstrapToken", bootstrap));
        doc.put("nodeRegistration", registration(node));
        if (controlPlane) {
            Map<String, Object> cp = new LinkedHashMap<>();
            cp.put("localAPIEndpoint", apiEndpoint(node.nodeIp(), bindPort));
            cp.put("certificateKey", SecretTemplate.placeholder(CERTIFICATE_KEY));
            doc.put("controlPlane", cp);
        }
        return doc;
    }

    static String write(List<Map<String, Object>> documents) {
        StringBuilder b = new StringBuilder();
        for (Map<String, Object> d : documents) {
            b.append("---\n").append(Yaml.write(d));
        }
        return b.toString();
    }

    private Map<String, Object> header(String kind) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("apiVersion", version.apiVersion());
        doc.put("kind", kind);
        return doc;
    }

    private static Map<String, Object> apiEndpoint(String ip, int port) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("advertiseAddress", ip);
        e.put("bindPort", port);
        return e;
    }

    private Map<String, Object> registration(NodeRegistration node) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", node.name());
        r.put("criSocket", CRI_SOCKET);
        Map<String, String> args = new LinkedHashMap<>();
        if (node.nodeIp() != null) {
            args.put("node-ip", node.nodeIp());
        }
        if (!node.labels().isEmpty()) {
            args.put("node-labels", String.join(",", node.labels()));
        }
        if (!args.isEmpty()) {
            if (version.structuredArgs()) {
                List<Map<String, String>> list = new ArrayList<>();
                args.forEach((k, v) -> {
                    Map<String, String> arg = new LinkedHashMap<>();
                    arg.put("name", k);
                    arg.put("value", v);
                    list.add(arg);
                });
                r.put("kubeletExtraArgs", list);
            } else {
                r.put("kubeletExtraArgs", args);
            }
        }
        return r;
    }
}
