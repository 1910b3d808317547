package io.labforge.validate;

import io.labforge.model.Lab;
import io.labforge.model.Network;
import io.labforge.model.Node;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** After one edit, per-node and per-network rules run again only for what changed. */
class IncrementalReuseTest {

    static final class CountingNodeRule implements NodeRule {
        final List<String> seen = new ArrayList<>();

        @Override public String code() { return "LF999"; }
        @Override public Severity severity() { return Severity.INFO; }
        @Override public String title() { return "counts"; }
        @Override public String remedy() { return "none"; }

        @Override
        public void check(Node node, RuleContext context, Findings out) {
            seen.add(node.id());
        }
    }

    static final class CountingNetworkRule implements NetworkRule {
        final List<String> seen = new ArrayList<>();

        @Override public String code() { return "LF998"; }
        @Override public Severity severity() { return Severity.INFO; }
        @Override public String title() { return "counts"; }
        @Override public String remedy() { return "none"; }

        @Override
        public void check(Network network, RuleContext context, Findings out) {
            seen.add(network.id());
        }
    }

    @Test
    void onlyTheEditedNodeIsCheckedAgain() {
        CountingNodeRule nodes = new CountingNodeRule();
        CountingNetworkRule networks = new CountingNetworkRule();
        IncrementalValidator inc = new IncrementalValidator(Validator.standard().withRules(List.of(nodes, networks)));
        Lab lab = TestLabs.homelab();
        inc.update(lab);
        assertThat(nodes.seen).hasSize(lab.nodes().size());
        assertThat(networks.seen).hasSize(lab.networks().size());

        nodes.seen.clear();
        networks.seen.clear();
        inc.update(lab.updateNode("web1", n -> n.withHostname("www")));
        assertThat(nodes.seen).containsExactly("web1");
        assertThat(networks.seen).isEmpty();

        nodes.seen.clear();
        Lab edited = lab.updateNetwork("db", n -> n.withGateway("10.10.40.254"));
        inc.update(edited);
        assertThat(networks.seen).containsExactly("db");
        assertThat(nodes.seen).hasSize(lab.nodes().size());   // node findings depend on the networks
    }
}
