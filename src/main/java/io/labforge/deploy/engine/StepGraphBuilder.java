package io.labforge.deploy.engine;

import io.labforge.deploy.plan.Action;
import io.labforge.deploy.plan.Change;
import io.labforge.deploy.plan.DesiredGuest;
import io.labforge.deploy.plan.Plan;
import io.labforge.deploy.plan.Work;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a plan into a step graph: pool and bridges (then the network reload per node) first;
 * per guest remove-old → reserve VMID → create → configure → resize → firewall → start → wait
 * ready → provision → verify; guests that route (firewalls) are ready before the other guests on
 * their networks start; host steps (NAT) run after the bridges and before the guests they serve
 * start; provisioning waits where a role depends on another (cluster joiners); deletions end with
 * the host steps' undo, the bridges and the pool they used. SDN zones, vnets and subnets come from
 * {@link SdnSteps}.
 */
public final class StepGraphBuilder {

    private final Plan plan;
    private final StepGraph g = new StepGraph();
    private final Map<String, Step> applyByNode = new HashMap<>();
    private final Map<String, List<Step>> guestSteps = new LinkedHashMap<>();
    private final List<Step> guestDeletes = new ArrayList<>();
    private final List<Step> hostApplies = new ArrayList<>();
    private final List<Step> hostRemoves = new ArrayList<>();
    private Step pool;
    private Step poolDelete;

    private StepGraphBuilder(Plan plan) {
        this.plan = plan;
    }

    public static StepGraph build(Plan plan) {
        return new StepGraphBuilder(plan).build();
    }

    private StepGraph build() {
        for (Change c : plan.actualChanges()) {
            switch (c.type()) {
                case POOL -> pool(c);
                case BRIDGE -> bridge(c);
                case GUEST -> guest(c);
                case HOST -> host(c);
            }
        }
        routersFirst();
        hostStepsInOrder();
        provisionInOrder();
        SdnSteps.add(g, plan);
        return g;
    }

    private void pool(Change c) {
        if (c.action() == Action.CREATE) {
            pool = step(StepKind.POOL, c.id(), null, null);
        } else if (c.action() == Action.DELETE) {
            poolDelete = step(StepKind.POOL_DELETE, c.id(), null, null);
            guestDeletes.forEach(d -> g.order(d, poolDelete));
        }
    }

    private void bridge(Change c) {
        Step apply = applyByNode.computeIfAbsent(c.node(), n -> step(StepKind.NETWORK_APPLY, n, n, null));
        if (c.action() == Action.CREATE || c.action() == Action.UPDATE) {
            g.order(step(StepKind.BRIDGE, c.id(), c.node(), null), apply);
        } else if (c.action() == Action.DELETE) {
            Step del = step(StepKind.BRIDGE_DELETE, c.id(), c.node(), null);
            g.order(del, apply);
            guestDeletes.stream().filter(d -> Objects.equals(d.node(), c.node())).forEach(d -> g.order(d, del));
        }
    }

    private void guest(Change c) {
        List<Step> chain = new ArrayList<>();
        if (c.needs(Work.REMOVE)) {
            String oldNode = c.existing().node();
            Step stop = step(StepKind.STOP, c.id(), oldNode, null);
            Step delete = step(StepKind.DELETE, c.id(), oldNode, null);
            chain.add(stop);
            chain.add(delete);
            guestDeletes.add(delete);
            g.steps().stream().filter(s -> s.kind() == StepKind.BRIDGE_DELETE && Objects.equals(s.node(), oldNode))
                    .toList().forEach(b -> g.order(delete, b));
            if (poolDelete != null) {
                g.order(delete, poolDelete);
            }
        }
        if (c.action() != Action.DELETE) {
            String node = c.node();
            String storage = plan.desired().storage() == null ? node + "/default" : node + "/" + plan.desired().storage();
            Step create = null;
            if (c.needs(Work.CREATE)) {
                chain.add(step(StepKind.RESERVE, c.id(), node, null));
                create = step(StepKind.CREATE, c.id(), node, storage);
                chain.add(create);
                g.order(pool, create);
            }
            Step configure = c.needs(Work.CONFIGURE) ? step(StepKind.CONFIGURE, c.id(), node, null) : null;
            add(chain, configure);
            add(chain, c.needs(Work.RESIZE) ? step(StepKind.RESIZE, c.id(), node, storage) : null);
            add(chain, c.needs(Work.FIREWALL) ? step(StepKind.FIREWALL, c.id(), node, null) : null);
            Step start = c.needs(Work.START) ? step(StepKind.START, c.id(), node, null) : null;
            add(chain, start);
            if (c.needs(Work.START) || c.needs(Work.PROVISION)) {
                chain.add(step(StepKind.WAIT_READY, c.id(), node, null));
            }
            add(chain, c.needs(Work.PROVISION) ? step(StepKind.PROVISION, c.id(), node, null) : null);
            chain.add(step(StepKind.VERIFY, c.id(), node, null));
            Step apply = applyByNode.get(node);
            g.order(apply, configure != null ? configure : start);
            g.order(apply, start);
        }
        for (int i = 1; i < chain.size(); i++) {
            g.order(chain.get(i - 1), chain.get(i));
        }
        guestSteps.put(c.id(), chain);
    }

    private void host(Change c) {
        Step remove = null;
        if (c.action() == Action.DELETE || c.action() == Action.REPLACE) {
            remove = step(StepKind.HOST_REMOVE, c.id(), c.node(), null);
            hostRemoves.add(remove);
        }
        if (c.action() != Action.DELETE) {
            Step apply = step(StepKind.HOST, c.id(), c.node(), null);
            hostApplies.add(apply);
            g.order(remove, apply);
        }
    }

    /**
     * Host steps run one after the other per node, in the lab's order, once the node's bridges are
     * up, and before any guest on a network they serve starts; their undo runs in reverse, after
     * the guests are gone.
     */
    private void hostStepsInOrder() {
        Map<String, Step> lastOnNode = new HashMap<>();
        for (Step apply : hostApplies) {
            g.order(lastOnNode.put(apply.node(), apply), apply);
            g.order(applyByNode.get(apply.node()), apply);
            List<String> served = plan.desired().host().steps().stream().filter(h -> h.key().equals(apply.resource()))
                    .flatMap(h -> h.networks().stream()).toList();
            for (DesiredGuest d : plan.desired().guests()) {
                if (d.networks().stream().anyMatch(served::contains)) {
                    g.order(apply, find(d.id(), StepKind.START));
                }
            }
        }
        Map<String, Step> nextOnNode = new HashMap<>();
        for (int i = hostRemoves.size() - 1; i >= 0; i--) {
            Step remove = hostRemoves.get(i);
            g.order(nextOnNode.put(remove.node(), remove), remove);
            guestDeletes.forEach(d -> g.order(d, remove));
            g.order(remove, poolDelete);
        }
    }

    /**
     * Provisioning that depends on another guest's (a joining control plane on the first one and the
     * load balancer in front of them) waits for it; guests provisioned in an earlier run are ready.
     */
    private void provisionInOrder() {
        plan.desired().provisionAfter().forEach((id, before) -> {
            Step provision = find(id, StepKind.PROVISION);
            before.forEach(b -> g.order(find(b, StepKind.PROVISION), provision));
        });
    }

    /** A router's "ready" comes before "start" of every other guest sharing one of its networks. */
    private void routersFirst() {
        for (DesiredGuest router : plan.desired().guests()) {
            Step ready = find(router.id(), StepKind.WAIT_READY);
            if (!router.routes() || ready == null) {
                continue;
            }
            for (DesiredGuest other : plan.desired().guests()) {
                Step start = find(other.id(), StepKind.START);
                if (other != router && !other.routes() && start != null
                        && other.networks().stream().anyMatch(router.networks()::contains)) {
                    g.order(ready, start);
                }
            }
        }
    }

    private Step find(String resource, StepKind kind) {
        return guestSteps.getOrDefault(resource, List.of()).stream().filter(s -> s.kind() == kind).findFirst().orElse(null);
    }

    private static void add(List<Step> chain, Step s) {
        if (s != null) {
            chain.add(s);
        }
    }

    private Step step(StepKind kind, String resource, String node, String storage) {
        Step s = new Step(kind, resource, node, storage);
        g.add(s);
        return s;
    }
}
