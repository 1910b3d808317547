package io.labforge.validate.rules;

import io.labforge.model.Group;
import io.labforge.model.Lab;
import io.labforge.model.Node;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The lab's Kubernetes clusters: each group holding Kubernetes nodes is a cluster; the Kubernetes
 * nodes in no such group form one more cluster named "k8s".
 */
final class K8sClusters {

    static final String CONTROL_PLANE = "k8s-control-plane";
    static final String WORKER = "k8s-worker";

    record Cluster(String name, List<Node> controlPlanes, List<Node> workers) {

        List<String> ids() {
            List<String> out = new ArrayList<>();
            controlPlanes.forEach(n -> out.add(n.id()));
            workers.forEach(n -> out.add(n.id()));
            return out;
        }

        List<String> controlPlaneIds() {
            return controlPlanes.stream().map(Node::id).toList();
        }
    }

    private K8sClusters() {
    }

    static List<Cluster> of(Lab lab) {
        Map<String, Node> k8s = new LinkedHashMap<>();
        for (Node n : lab.nodes()) {
            if (CONTROL_PLANE.equals(n.kind()) || WORKER.equals(n.kind())) {
                k8s.putIfAbsent(n.id(), n);
            }
        }
        if (k8s.isEmpty()) {
            return List.of();
        }
        List<Cluster> out = new ArrayList<>();
        Set<String> grouped = new HashSet<>();
        for (Group g : lab.groups()) {
            List<Node> members = g.members().stream().filter(k8s::containsKey).map(k8s::get).toList();
            if (!members.isEmpty()) {
                out.add(cluster(g.name() == null ? g.id() : g.name(), members));
                members.forEach(n -> grouped.add(n.id()));
            }
        }
        List<Node> rest = k8s.values().stream().filter(n -> !grouped.contains(n.id())).toList();
        if (!rest.isEmpty()) {
            out.add(cluster("k8s", rest));
        }
        return out;
    }

    private static Cluster cluster(String name, List<Node> nodes) {
        Map<Boolean, List<Node>> split = new HashMap<>();
        for (Node n : nodes) {
            split.computeIfAbsent(CONTROL_PLANE.equals(n.kind()), k -> new ArrayList<>()).add(n);
        }
        return new Cluster(name, split.getOrDefault(true, List.of()), split.getOrDefault(false, List.of()));
    }
}
