package io.labforge.deploy.provision;

import io.labforge.model.Lab;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The OPNsense config.xml: interfaces in the VM's NIC order, the zone policy as rules, aliases in OPNsense's model. */
class OpnSenseConfigTest {

    private final XPath xpath = XPathFactory.newInstance().newXPath();

    private Document parse(Lab lab) throws Exception {
        RenderedLab r = Homelab.render(lab);
        assertThat(r.errors()).isEmpty();
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(OtherFlavors.file(r, "fw1", "config.xml").getBytes(StandardCharsets.UTF_8)));
    }

    private String text(Document d, String expr) throws Exception {
        return xpath.evaluate(expr, d);
    }

    private int count(Document d, String expr) throws Exception {
        return ((Number) xpath.evaluate("count(" + expr + ")", d, XPathConstants.NUMBER)).intValue();
    }

    @Test
    void interfacesFollowTheLabsNicOrder() throws Exception {
        // fw1 lists lan, wan, k8s, ad, db, soc, mgmt: vtnetN is the Nth NIC whatever its role.
        Document d = parse(OtherFlavors.lab());
        assertThat(d.getDocumentElement().getTagName()).isEqualTo("opnsense");
        assertThat(text(d, "/opnsense/interfaces/lan/if")).isEqualTo("vtnet0");
        assertThat(text(d, "/opnsense/interfaces/lan/ipaddr")).isEqualTo("10.10.10.1");
        assertThat(text(d, "/opnsense/interfaces/wan/if")).isEqualTo("vtnet1");
        assertThat(text(d, "/opnsense/interfaces/wan/ipaddr")).isEqualTo("192.168.100.2");
        assertThat(text(d, "/opnsense/interfaces/wan/gateway")).isEqualTo("WAN_GW");
        assertThat(text(d, "/opnsense/interfaces/wan/blockbogons")).isEqualTo("1");
        assertThat(text(d, "/opnsense/interfaces/opt1/if")).isEqualTo("vtnet2");
        assertThat(text(d, "/opnsense/interfaces/opt1/descr")).isEqualTo("K8S");
        assertThat(text(d, "/opnsense/interfaces/opt5/if")).isEqualTo("vtnet6");
        assertThat(text(d, "/opnsense/interfaces/opt5/descr")).isEqualTo("MGMT");
        assertThat(text(d, "/opnsense/interfaces/opt5/subnet")).isEqualTo("24");
        assertThat(count(d, "/opnsense/interfaces/*")).isEqualTo(7);
        assertThat(count(d, "/opnsense/interfaces/*[enable='1']")).isEqualTo(7);
        assertThat(text(d, "/opnsense/gateways/gateway_item[name='WAN_GW']/gateway")).isEqualTo("192.168.100.1");
        assertThat(text(d, "/opnsense/nat/outbound/mode")).isEqualTo("automatic");
        assertThat(text(d, "/opnsense/system/hostname")).isEqualTo("fw1");
        assertThat(text(d, "/opnsense/system/domain")).isEqualTo("lab.example");
    }

    @Test
    void rulesPassTheZonePolicyThenDenyBetweenZonesThenAllowTheWan() throws Exception {
        Document d = parse(OtherFlavors.lab());
        // mon1 on SOC (opt4) scrapes node_exporter in the k8s zone; the database admits k8s on 3306 (MariaDB).
        assertThat(text(d, "/opnsense/filter/rule[descr='scrape k8s-cp1']/interface")).isEqualTo("opt4");
        assertThat(text(d, "/opnsense/filter/rule[descr='scrape k8s-cp1']/destination/port")).isEqualTo("9100");
        assertThat(text(d, "/opnsense/filter/rule[descr='scrape k8s-cp1']/destination/address")).isEqualTo("lf_k8s_cp1");
        assertThat(text(d, "/opnsense/filter/rule[descr='db k8s -> db1']/interface")).isEqualTo("opt1");
        assertThat(text(d, "/opnsense/filter/rule[descr='db k8s -> db1']/destination/port")).isEqualTo("3306");
        assertThat(text(d, "/opnsense/filter/rule[descr='db k8s -> db1']/protocol")).isEqualTo("tcp");
        // Every inside interface ends with: block to the lab's networks from its own net, then pass out.
        for (String iface : List.of("lan", "opt1", "opt2", "opt3", "opt4", "opt5")) {
            assertThat(text(d, "/opnsense/filter/rule[interface='" + iface + "'][last()-1]/type")).isEqualTo("block");
            assertThat(text(d, "/opnsense/filter/rule[interface='" + iface + "'][last()-1]/source/network")).isEqualTo(iface);
            assertThat(text(d, "/opnsense/filter/rule[interface='" + iface + "'][last()-1]/destination/address")).isEqualTo("lf_lab_nets");
            assertThat(text(d, "/opnsense/filter/rule[interface='" + iface + "'][last()]/type")).isEqualTo("pass");
            assertThat(count(d, "/opnsense/filter/rule[interface='" + iface + "'][last()]/destination/any")).isEqualTo(1);
        }
        assertThat(count(d, "/opnsense/filter/rule[interface='wan']")).isZero();
        assertThat(count(d, "/opnsense/filter/rule/tracker")).isZero();
    }

    @Test
    void aliasesAreInOpnsensesModelWithStableIds() throws Exception {
        Document d = parse(OtherFlavors.lab());
        String alias = "/opnsense/OPNsense/Firewall/Alias/aliases/alias[name='lf_k8s_cp1']";
        assertThat(text(d, alias + "/type")).isEqualTo("network");
        assertThat(text(d, alias + "/content")).isEqualTo("10.10.20.11/32");
        assertThat(text(d, alias + "/enabled")).isEqualTo("1");
        assertThat(text(d, alias + "/description")).matches("[0-9A-Za-z.,_ -]+");
        assertThat(text(d, "/opnsense/OPNsense/Firewall/Alias/aliases/alias[name='lf_lab_nets']/content"))
                .isEqualTo(String.join("\n", "10.10.10.0/24", "10.10.20.0/24", "10.10.30.0/24", "10.10.40.0/24", "10.10.50.0/24", "10.10.99.0/24"));
        assertThat(text(d, alias + "/@uuid")).isEqualTo(text(parse(OtherFlavors.lab()), alias + "/@uuid"))
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        // Every alias a rule uses is defined.
        org.w3c.dom.NodeList used = (org.w3c.dom.NodeList) xpath.evaluate("//rule//address", d, XPathConstants.NODESET);
        for (int i = 0; i < used.getLength(); i++) {
            assertThat(count(d, "//Alias/aliases/alias[name='" + used.item(i).getTextContent() + "']")).isEqualTo(1);
        }
    }

    @Test
    void hostileNamesStayTextAndNatCanBeTurnedOff() throws Exception {
        Lab lab = OtherFlavors.lab().updateNode("fw1", n -> n.withHostname("fw</hostname><user><name>x</name></user><hostname>")
                .withRole(Map.of("nat", false)));
        Document d = parse(lab);
        assertThat(text(d, "/opnsense/system/hostname")).isEqualTo("fw</hostname><user><name>x</name></user><hostname>");
        assertThat(count(d, "//user")).isZero();
        assertThat(text(d, "/opnsense/nat/outbound/mode")).isEqualTo("disabled");
    }

    @Test
    void withoutAWanNicTheErrorSaysSo() {
        Lab lab = OtherFlavors.lab().updateNode("fw1", n -> n.withNics(n.nics().stream().filter(x -> !x.network().equals("wan")).toList()));
        assertThat(Homelab.render(lab).errorOf("fw1").orElseThrow().message()).contains("fw1", "OPNsense needs a NIC on a WAN network");
    }

    @Test
    void nicsTxtTellsHowToImport() {
        String nics = OtherFlavors.file(OtherFlavors.render(), "fw1", "nics.txt");
        assertThat(nics).contains("net0  vtnet0  LAN    network lan", "net1  vtnet1  WAN    network wan", "tag 20",
                "System > Configuration > Backups");
    }
}
