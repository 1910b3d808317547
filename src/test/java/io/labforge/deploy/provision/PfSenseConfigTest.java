package io.labforge.deploy.provision;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The generated config.xml has the structure pfSense reads, and its rules follow the zone policy. */
class PfSenseConfigTest {

    private final RenderedLab rendered = Homelab.render(Homelab.lab());
    private final XPath xpath = XPathFactory.newInstance().newXPath();

    private Document parse(String name) throws Exception {
        GeneratedFile f = rendered.filesOf("fw1").stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(f.bytes()));
    }

    private String text(Document d, String expr) throws Exception {
        return xpath.evaluate(expr, d);
    }

    @Test
    void interfacesFollowTheNicOrderWanFirstThenLanThenOpt() throws Exception {
        Document d = parse("config.xml");
        assertThat(d.getDocumentElement().getTagName()).isEqualTo("pfsense");
        // The lab lists lan before wan; pfSense still gets WAN on vtnet0 and LAN on vtnet1.
        assertThat(text(d, "/pfsense/interfaces/wan/if")).isEqualTo("vtnet0");
        assertThat(text(d, "/pfsense/interfaces/wan/ipaddr")).isEqualTo("192.168.100.2");
        assertThat(text(d, "/pfsense/interfaces/lan/if")).isEqualTo("vtnet1");
        assertThat(text(d, "/pfsense/interfaces/lan/ipaddr")).isEqualTo("10.10.10.1");
        assertThat(text(d, "/pfsense/interfaces/lan/subnet")).isEqualTo("24");
        assertThat(text(d, "/pfsense/interfaces/opt1/if")).isEqualTo("vtnet2");
        assertThat(text(d, "/pfsense/interfaces/opt1/descr")).isEqualTo("K8S");
        assertThat(((Number) xpath.evaluate("count(/pfsense/interfaces/*)", d, XPathConstants.NUMBER)).intValue()).isEqualTo(7);
        assertThat(xpath.evaluate("count(/pfsense/vlans)", d)).isEqualTo("1");
        assertThat(text(d, "/pfsense/gateways/gateway_item[name='WANGW']/gateway")).isEqualTo("192.168.100.1");
        assertThat(text(d, "/pfsense/nat/outbound/mode")).isEqualTo("automatic");
        assertThat(PfSenseLayout.nicOrder(Homelab.lab(), Homelab.lab().node("fw1").orElseThrow()).get(0).network()).isEqualTo("wan");
    }

    @Test
    void rulesPassTheNeededFlowsThenDenyBetweenZonesThenAllowTheWan() throws Exception {
        Document d = parse("config.xml");
        // mon1 (soc, opt4) scrapes k8s-cp1 on 9100: a pass rule on the SOC interface.
        assertThat(text(d, "/pfsense/filter/rule[descr='scrape k8s-cp1']/interface")).isEqualTo("opt4");
        assertThat(text(d, "/pfsense/filter/rule[descr='scrape k8s-cp1']/type")).isEqualTo("pass");
        assertThat(text(d, "/pfsense/filter/rule[descr='scrape k8s-cp1']/destination/port")).isEqualTo("9100");
        assertThat(text(d, "/pfsense/aliases/alias[name='lf_k8s-cp1' or name='lf_k8s_cp1']/address")).isEqualTo("10.10.20.11/32");
        // k8s may reach the database (role allowFrom: [k8s]).
        assertThat(text(d, "/pfsense/filter/rule[descr='db k8s -> db1']/destination/port")).isEqualTo("5432");
        // Per inside interface, after the pass rules: block to every lab network, then pass to any.
        assertThat(typesOn(d, "opt4")).endsWith("pass,block,pass");
        assertThat(text(d, "/pfsense/filter/rule[interface='opt4'][type='block']/destination/address")).isEqualTo("lf_lab_nets");
        assertThat(((Number) xpath.evaluate("count(/pfsense/filter/rule[interface='wan'])", d, XPathConstants.NUMBER)).intValue()).isZero();
    }

    private String typesOn(Document d, String iface) throws Exception {
        org.w3c.dom.NodeList l = (org.w3c.dom.NodeList) xpath.evaluate("/pfsense/filter/rule[interface='" + iface + "']/type", d, XPathConstants.NODESET);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < l.getLength(); i++) {
            b.append(i == 0 ? "" : ",").append(l.item(i).getTextContent());
        }
        return b.toString();
    }

    @Test
    void eachAreaIsAlsoItsOwnDocumentForPerAreaRestore() throws Exception {
        assertThat(parse("pfsense-filter.xml").getDocumentElement().getTagName()).isEqualTo("filter");
        assertThat(parse("pfsense-interfaces.xml").getDocumentElement().getTagName()).isEqualTo("interfaces");
        assertThat(parse("pfsense-aliases.xml").getDocumentElement().getTagName()).isEqualTo("aliases");
        assertThat(parse("pfsense-nat.xml").getDocumentElement().getTagName()).isEqualTo("nat");
        assertThat(text(parse("pfsense-interfaces.xml"), "/interfaces/wan/if")).isEqualTo("vtnet0");
    }
}
