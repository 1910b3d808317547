package io.labforge.io.diagram;

import io.labforge.model.Lab;
import io.labforge.model.Nic;
import io.labforge.model.Node;
import io.labforge.model.Position;
import org.junit.jupiter.api.Test;

import io.labforge.io.LabFiles;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DiagramLayoutTest {

    @Test
    void everyNodeNetworkNicAndGroupIsDrawn() {
        Lab lab = TestLabs.homelab();
        DiagramModel m = DiagramLayout.of(lab);
        assertThat(m.cards()).extracting(DiagramModel.Card::id).containsExactlyElementsOf(lab.nodes().stream().map(Node::id).toList());
        assertThat(m.zones()).extracting(DiagramModel.Zone::id).containsExactlyInAnyOrder("wan", "lan", "k8s", "ad");
        int nics = lab.nodes().stream().mapToInt(n -> n.nics().size()).sum();
        assertThat(m.links()).hasSize(nics);
        assertThat(m.groups()).singleElement().satisfies(g -> assertThat(g.label()).isEqualTo("Kubernetes cluster"));
    }

    @Test
    void positionsFromTheLayoutAreKeptRelativeToEachOther() {
        Lab lab = TestLabs.small();
        DiagramModel m = DiagramLayout.of(lab);
        Rect fw = card(m, "fw").bounds();
        Rect web = card(m, "web").bounds();
        Rect db = card(m, "db").bounds();
        assertThat(web.x() - fw.x()).isCloseTo(-100, within(0.01));
        assertThat(web.y() - fw.y()).isCloseTo(240, within(0.01));
        assertThat(db.x() - web.x()).isCloseTo(260, within(0.01));
        assertThat(zone(m, "lan").bounds().y() - fw.y()).isCloseTo(140, within(0.01));
    }

    @Test
    void aBarReachesEveryCardOnItsNetworkAndEachLinkJoinsCardEdgeToBarEdge() {
        DiagramModel m = DiagramLayout.of(TestLabs.homelab());
        for (DiagramModel.Link l : m.links()) {
            Rect card = card(m, l.nodeId()).bounds();
            Rect bar = zone(m, l.networkId()).bounds();
            assertThat(l.x1()).isEqualTo(l.x2());
            assertThat(l.x1()).isBetween(card.x(), card.right()).isBetween(bar.x(), bar.right());
            boolean down = bar.y() >= card.bottom();
            assertThat(l.y1()).isEqualTo(down ? card.bottom() : card.y());
            assertThat(l.y2()).isEqualTo(down ? bar.y() : bar.bottom());
        }
    }

    @Test
    void withoutALayoutCardsDoNotOverlapAndNoLinkCrossesAnotherCard() {
        assertTidy(DiagramLayout.of(TestLabs.homelab()));
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"homelab.yaml", "k8s-only.yaml", "single-vm.yaml"})
    void theSamplesAreLaidOutTidily(String name) throws Exception {
        Path sample = Path.of(System.getProperty("labforge.project.dir", ".")).resolve("assets/samples").resolve(name);
        Lab lab = LabFiles.read(sample);
        assertThat(lab.layout()).containsKeys(lab.nodes().stream().map(Node::id).toArray(String[]::new));
        assertTidy(DiagramLayout.of(lab));
    }

    /** No two cards overlap, and no NIC line runs across a card other than its own. */
    private static void assertTidy(DiagramModel m) {
        List<DiagramModel.Card> cards = m.cards();
        for (int i = 0; i < cards.size(); i++) {
            for (int j = i + 1; j < cards.size(); j++) {
                assertThat(overlap(cards.get(i).bounds(), cards.get(j).bounds()))
                        .as(cards.get(i).id() + " vs " + cards.get(j).id()).isFalse();
            }
        }
        for (DiagramModel.Link l : m.links()) {
            for (DiagramModel.Card c : cards) {
                if (!c.id().equals(l.nodeId())) {
                    Rect r = c.bounds();
                    boolean crosses = l.x1() > r.x() && l.x1() < r.right()
                            && Math.max(l.y1(), l.y2()) > r.y() && Math.min(l.y1(), l.y2()) < r.bottom();
                    assertThat(crosses).as(l.nodeId() + "->" + l.networkId() + " crosses " + c.id()).isFalse();
                }
            }
        }
    }

    @Test
    void withoutALayoutTheInternetSitsAboveWanAndTheFirewallBetweenWanAndLan() {
        DiagramModel m = DiagramLayout.of(TestLabs.homelab());
        double wan = zone(m, "wan").bounds().y();
        double lan = zone(m, "lan").bounds().y();
        assertThat(card(m, "internet").bounds().bottom()).isLessThan(wan);
        assertThat(card(m, "fw1").bounds().y()).isGreaterThan(wan);
        assertThat(card(m, "fw1").bounds().bottom()).isLessThan(lan);
        assertThat(card(m, "dc1").bounds().y()).isGreaterThan(zone(m, "ad").bounds().bottom());
    }

    @Test
    void elementsMissingFromAPartialLayoutArePlacedBelowThePlacedOnes() {
        Lab lab = TestLabs.small().withNode(Node.of("extra", "linux-vm", Nic.of("lan", "10.0.0.30")));
        DiagramModel m = DiagramLayout.of(lab);
        double placedBottom = m.cards().stream().filter(c -> !c.id().equals("extra"))
                .mapToDouble(c -> c.bounds().bottom()).max().orElseThrow();
        assertThat(card(m, "extra").bounds().y()).isGreaterThan(placedBottom);
    }

    @Test
    void thePictureHasAMarginAroundEverything() {
        DiagramModel m = DiagramLayout.of(TestLabs.homelab());
        for (Rect r : m.cards().stream().map(DiagramModel.Card::bounds).collect(Collectors.toList())) {
            assertThat(r.x()).isGreaterThanOrEqualTo(Metrics.MARGIN - 0.01);
            assertThat(r.right()).isLessThanOrEqualTo(m.width() - Metrics.MARGIN + 1);
            assertThat(r.bottom()).isLessThanOrEqualTo(m.height() - Metrics.MARGIN + 1);
        }
        assertThat(m.title().text()).isEqualTo("homelab");
    }

    @Test
    void unknownKindsAndMissingNetworksStillDraw() {
        Lab lab = Lab.empty("odd").withNode(Node.of("x", "no-such-kind", Nic.of("nowhere", "1.2.3.4")))
                .withLayout(Map.of("x", new Position(10, 10)));
        DiagramModel m = DiagramLayout.of(lab);
        assertThat(card(m, "x").kindLabel()).contains("unknown kind");
        assertThat(card(m, "x").icon()).isEqualTo(IconPaths.FALLBACK);
        assertThat(m.links()).isEmpty();
    }

    @Test
    void longNamesAreShortenedToFitTheCard() {
        Lab lab = Lab.empty("long").withNode(Node.of("a-really-long-host-name-that-goes-on-and-on", "linux-vm"));
        DiagramModel.Card c = DiagramLayout.of(lab).cards().get(0);
        assertThat(c.name()).endsWith("…");
        assertThat(TextStyle.NAME.width(c.name())).isLessThanOrEqualTo(Metrics.CARD_W - Metrics.TEXT_X - Metrics.CARD_PAD);
    }

    static DiagramModel.Card card(DiagramModel m, String id) {
        return m.cards().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    static DiagramModel.Zone zone(DiagramModel m, String id) {
        return m.zones().stream().filter(z -> z.id().equals(id)).findFirst().orElseThrow();
    }

    private static boolean overlap(Rect a, Rect b) {
        return a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom();
    }
}
