package io.labforge.deploy.provision;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.labforge.model.Lab;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The kubeadm documents, parsed back with Jackson: endpoints, CIDRs, join data, and only fields kubeadm knows. */
class KubeadmConfigTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static List<JsonNode> docs(String yaml) throws Exception {
        return YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml).readAll();
    }

    private final RenderedLab rendered = OtherFlavors.render();

    private List<JsonNode> of(String node) throws Exception {
        assertThat(rendered.errors()).isEmpty();
        return docs(OtherFlavors.file(rendered, node, KubeadmRole.STAGED));
    }

    @Test
    void theFirstControlPlaneInitialisesBehindTheLoadBalancerWithTheLabsCidrs() throws Exception {
        List<JsonNode> d = of("k8s-cp1");
        assertThat(d).extracting(x -> x.get("kind").asText())
                .containsExactly("InitConfiguration", "ClusterConfiguration", "KubeletConfiguration");
        JsonNode init = d.get(0);
        JsonNode cluster = d.get(1);
        assertThat(init.get("apiVersion").asText()).isEqualTo("kubeadm.k8s.io/v1beta4");
        assertThat(init.at("/localAPIEndpoint/advertiseAddress").asText()).isEqualTo("10.10.20.11");
        assertThat(init.at("/localAPIEndpoint/bindPort").asInt()).isEqualTo(6443);
        assertThat(init.at("/nodeRegistration/name").asText()).isEqualTo("k8s-cp1");
        assertThat(init.at("/nodeRegistration/criSocket").asText()).isEqualTo("unix:///var/run/containerd/containerd.sock");
        assertThat(init.at("/nodeRegistration/kubeletExtraArgs/0/name").asText()).isEqualTo("node-ip");
        assertThat(init.at("/nodeRegistration/kubeletExtraArgs/0/value").asText()).isEqualTo("10.10.20.11");
        assertThat(init.at("/bootstrapTokens/0/token").asText()).isEqualTo("LABFORGE_SECRET_kubeadm-bootstrap-token");
        assertThat(init.at("/certificateKey").asText()).isEqualTo("LABFORGE_SECRET_kubeadm-certificate-key");
        // lb1 fronts 6443 for the control planes: the endpoint every node uses, and a SAN of the API certificate.
        assertThat(cluster.at("/controlPlaneEndpoint").asText()).isEqualTo("10.10.20.10:6443");
        assertThat(cluster.at("/networking/podSubnet").asText()).isEqualTo("172.16.0.0/16");
        assertThat(cluster.at("/networking/serviceSubnet").asText()).isEqualTo("172.20.0.0/16");
        assertThat(cluster.at("/kubernetesVersion").asText()).isEqualTo("stable-1.34");
        assertThat(cluster.at("/clusterName").asText()).isEqualTo("other");
        assertThat(cluster.at("/apiServer/certSANs")).extracting(JsonNode::asText).containsExactly("10.10.10.10", "10.10.20.10", "k8s-cp1");
        assertThat(d.get(2).at("/cgroupDriver").asText()).isEqualTo("systemd");
    }

    @Test
    void otherControlPlanesJoinWithTheCertificateKeyAndWorkersWithout() throws Exception {
        JsonNode cp2 = of("k8s-cp2").get(0);
        assertThat(cp2.get("kind").asText()).isEqualTo("JoinConfiguration");
        assertThat(cp2.at("/discovery/bootstrapToken/apiServerEndpoint").asText()).isEqualTo("10.10.20.10:6443");
        assertThat(cp2.at("/discovery/bootstrapToken/token").asText()).isEqualTo("LABFORGE_SECRET_kubeadm-bootstrap-token");
        assertThat(cp2.at("/discovery/bootstrapToken/caCertHashes/0").asText()).isEqualTo("LABFORGE_SECRET_kubeadm-ca-hash");
        assertThat(cp2.at("/controlPlane/localAPIEndpoint/advertiseAddress").asText()).isEqualTo("10.10.20.12");
        assertThat(cp2.at("/controlPlane/certificateKey").asText()).isEqualTo("LABFORGE_SECRET_kubeadm-certificate-key");

        JsonNode w1 = of("k8s-w1").get(0);
        assertThat(w1.has("controlPlane")).isFalse();
        assertThat(w1.at("/discovery/bootstrapToken/apiServerEndpoint").asText()).isEqualTo("10.10.20.10:6443");
        assertThat(w1.at("/nodeRegistration/kubeletExtraArgs/1/name").asText()).isEqualTo("node-labels");
        assertThat(w1.at("/nodeRegistration/kubeletExtraArgs/1/value").asText()).isEqualTo("tier=web");
        assertThat(OtherFlavors.file(rendered, "k8s-w1", KubeadmRole.STAGED)).doesNotContain("certificate-key");
    }

    @Test
    void everyFieldEmittedIsOneTheKubeadmApiDefines() throws Exception {
        for (String node : List.of("k8s-cp1", "k8s-cp2", "k8s-w1")) {
            for (JsonNode doc : of(node)) {
                assertThat(KubeadmFields.unknown(doc)).as(node + " " + doc.get("kind")).isEmpty();
            }
        }
    }

    @Test
    void theFieldCheckCatchesWhatKubeadmWouldReject() throws Exception {
        JsonNode v4 = docs("apiVersion: kubeadm.k8s.io/v1beta4\nkind: JoinConfiguration\ndiscovery: {timeout: 5m, bootstrapToken: {token: x, apiServer: y}}\n"
                + "nodeRegistration: {kubeletExtraArgs: {node-ip: 10.0.0.1}}\n").get(0);
        assertThat(KubeadmFields.unknown(v4)).containsExactlyInAnyOrder("JoinConfiguration/discovery/timeout",
                "JoinConfiguration/discovery/bootstrapToken/apiServer",
                "JoinConfiguration/nodeRegistration/kubeletExtraArgs must be a list of {name, value} in v1beta4");
    }

    @Test
    void before131TheV1beta3FormatWithMapArgumentsIsWritten() throws Exception {
        Lab lab = OtherFlavors.lab().updateNode("k8s-cp1", n -> n.withRole(Map.of("version", "v1.30.4")));
        RenderedLab r = Homelab.render(lab);
        assertThat(r.errors()).isEmpty();
        List<JsonNode> cp1 = docs(OtherFlavors.file(r, "k8s-cp1", KubeadmRole.STAGED));
        assertThat(cp1.get(0).get("apiVersion").asText()).isEqualTo("kubeadm.k8s.io/v1beta3");
        assertThat(cp1.get(0).at("/nodeRegistration/kubeletExtraArgs/node-ip").asText()).isEqualTo("10.10.20.11");
        assertThat(cp1.get(1).at("/kubernetesVersion").asText()).isEqualTo("v1.30.4");
        assertThat(cp1.get(1).at("/networking/podSubnet").asText()).isEqualTo(KubeadmRole.DEFAULT_POD_CIDR);
        assertThat(cp1.get(1).at("/networking/serviceSubnet").asText()).isEqualTo(KubeadmRole.DEFAULT_SERVICE_CIDR);
        JsonNode w1 = docs(OtherFlavors.file(r, "k8s-w1", KubeadmRole.STAGED)).get(0);
        assertThat(w1.get("apiVersion").asText()).isEqualTo("kubeadm.k8s.io/v1beta3");
        assertThat(w1.at("/nodeRegistration/kubeletExtraArgs/node-labels").asText()).isEqualTo("tier=web");
        for (String node : List.of("k8s-cp1", "k8s-cp2", "k8s-w1")) {
            for (JsonNode doc : docs(OtherFlavors.file(r, node, KubeadmRole.STAGED))) {
                assertThat(KubeadmFields.unknown(doc)).as(node + " " + doc.get("kind")).isEmpty();
            }
        }
        assertThat(OtherFlavors.file(r, "k8s-cp1", "provision.sh")).contains("index($3, p) == 1", "'1.30.4-'",
                "https://pkgs.k8s.io/core:/stable:/v1.30/deb/");
    }

    @Test
    void withoutALoadBalancerNodesJoinTheFirstControlPlane() throws Exception {
        Lab lab = OtherFlavors.lab().withNodes(OtherFlavors.lab().nodes().stream().filter(n -> !n.id().equals("lb1")).toList());
        RenderedLab r = Homelab.render(lab);
        assertThat(docs(OtherFlavors.file(r, "k8s-cp1", KubeadmRole.STAGED)).get(1).at("/controlPlaneEndpoint").asText())
                .isEqualTo("10.10.20.11:6443");
        assertThat(docs(OtherFlavors.file(r, "k8s-w2", KubeadmRole.STAGED)).get(0).at("/discovery/bootstrapToken/apiServerEndpoint").asText())
                .isEqualTo("10.10.20.11:6443");
    }

    @Test
    void joinDataIsSecretAndPlacedAtDeployOnly() {
        assertThat(rendered.secretsOf("k8s-cp1")).extracting(SecretFile::name).contains("kubeadm-token", "kubeadm-certificates")
                .doesNotContain("kubeadm-ca-hash");
        assertThat(rendered.secretsOf("k8s-cp2")).extracting(SecretFile::name).contains("kubeadm-token", "kubeadm-certificates", "kubeadm-ca-hash");
        // A worker can join, but gets nothing that would decrypt the control-plane certificates.
        assertThat(rendered.secretsOf("k8s-w1")).extracting(SecretFile::name).contains("kubeadm-token", "kubeadm-ca-hash")
                .doesNotContain("kubeadm-certificates");
        SecretFile hash = rendered.secretsOf("k8s-w1").stream().filter(s -> s.name().equals("kubeadm-ca-hash")).findFirst().orElseThrow();
        assertThat(hash.fromNode()).isEqualTo("k8s-cp1");
        assertThat(hash.fromPath()).isEqualTo(KubeadmRole.CA_HASH_FILE);
    }

    @Test
    void theCniManifestIsChosenOnTheFirstControlPlane() {
        assertThat(OtherFlavors.file(rendered, "k8s-cp1", "provision.sh"))
                .contains(Cni.FLANNEL.url(), "s|10\\.244\\.0\\.0/16|172.16.0.0/16|");
        Lab calico = OtherFlavors.lab().updateNode("k8s-cp1", n -> n.withRole(Map.of("cni", "calico")));
        assertThat(OtherFlavors.file(Homelab.render(calico), "k8s-cp1", "provision.sh"))
                .contains(Cni.CALICO.url(), "value: \"10.244.0.0/16\"").doesNotContain(Cni.FLANNEL.url());
        Lab none = OtherFlavors.lab().updateNode("k8s-cp1", n -> n.withRole(Map.of("cni", "none")));
        assertThat(OtherFlavors.file(Homelab.render(none), "k8s-cp1", "provision.sh")).doesNotContain("kubectl --kubeconfig /etc/kubernetes/admin.conf apply");
    }

    @Test
    void badSettingsAreErrorsThatNameTheNodeAndKey() {
        assertThat(error(Map.of("podCidr", "10.10.0.0/16"))).contains("k8s-cp1", "role.podCidr", "overlaps network 'lan'");
        assertThat(error(Map.of("podCidr", "10.0.0.0/24"))).contains("too small for Flannel");
        assertThat(error(Map.of("podCidr", "172.16.0.0/12", "serviceCidr", "172.20.0.0/16"))).contains("overlaps role.serviceCidr");
        assertThat(error(Map.of("version", "1.34; reboot"))).contains("role.version", "v1.34");
        assertThat(error(Map.of("version", "v1.20"))).contains("1.27 or newer");
        assertThat(error(Map.of("cni", "weave"))).contains("role.cni", "flannel, calico or none");
        Lab mixed = OtherFlavors.lab().updateNode("k8s-w2", n -> n.withFlavor("k3s"));
        assertThat(Homelab.render(mixed).errorOf("k8s-w2").orElseThrow().message()).contains("same flavor");
        Lab label = OtherFlavors.lab().updateNode("k8s-w1", n -> n.withRole(Map.of("labels", List.of("a=b,c=$(reboot)"))));
        assertThat(Homelab.render(label).errorOf("k8s-w1").orElseThrow().message()).contains("role.labels", "key=value");
    }

    private static String error(Map<String, Object> role) {
        Lab lab = OtherFlavors.lab().updateNode("k8s-cp1", n -> n.withRole(role));
        return Homelab.render(lab).errorOf("k8s-cp1").orElseThrow(() -> new AssertionError("no error for " + role)).message();
    }
}
