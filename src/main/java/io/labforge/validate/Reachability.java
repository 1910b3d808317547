package io.labforge.validate;

import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.util.UnionFind;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Who can reach whom in a {@link LabGraph}: a breadth-first search over NICs and L2 segments that
 * stops at hosts the caller does not let traffic through (e.g. firewalls), and whether two hosts
 * are routed to each other (their networks joined by segments and routers; union-find, built once
 * and safe to share between threads).
 */
public final class Reachability {

    private final Graph<LabVertex, NicEdge> graph;
    private final Map<String, List<NetworkVertex>> segments;
    private final List<HostVertex> hosts;
    private final List<NetworkVertex> networks;
    private UnionFind<NetworkVertex> routedNetworks;

    Reachability(Graph<LabVertex, NicEdge> graph, Map<String, List<NetworkVertex>> segments, List<HostVertex> hosts,
                 List<NetworkVertex> networks) {
        this.graph = graph;
        this.segments = segments;
        this.hosts = hosts;
        this.networks = networks;
    }

    /**
     * Breadth-first search from {@code start} over NICs and L2 segments. Every vertex reached is a
     * key of the result, mapped to the vertex it was reached from (start vertices map to
     * themselves), so callers can print the path. The search continues through a host only when
     * {@code passThrough} accepts it (e.g. not through firewalls); start vertices always pass.
     */
    public Map<LabVertex, LabVertex> search(Collection<? extends LabVertex> start, Predicate<HostVertex> passThrough) {
        Map<LabVertex, LabVertex> from = new IdentityHashMap<>();
        ArrayDeque<LabVertex> queue = new ArrayDeque<>();
        for (LabVertex v : start) {
            if (from.putIfAbsent(v, v) == null) {
                queue.add(v);
            }
        }
        Set<LabVertex> starts = Collections.newSetFromMap(new IdentityHashMap<>());
        starts.addAll(from.keySet());
        while (!queue.isEmpty()) {
            LabVertex v = queue.poll();
            if (v instanceof HostVertex h && !starts.contains(h) && !passThrough.test(h)) {
                continue;
            }
            for (NicEdge e : graph.edgesOf(v)) {
                LabVertex next = Graphs.getOppositeVertex(graph, e, v);
                if (from.putIfAbsent(next, v) == null) {
                    queue.add(next);
                }
            }
            if (v instanceof NetworkVertex n) {
                for (NetworkVertex same : segments.getOrDefault(n.segment(), List.of(n))) {
                    if (from.putIfAbsent(same, v) == null) {
                        queue.add(same);
                    }
                }
            }
        }
        return from;
    }

    /** The path from a start vertex to {@code target} in a {@link #search} result, empty when not reached. */
    public static List<LabVertex> path(Map<LabVertex, LabVertex> search, LabVertex target) {
        if (!search.containsKey(target)) {
            return List.of();
        }
        List<LabVertex> path = new ArrayList<>();
        for (LabVertex v = target; ; v = search.get(v)) {
            path.add(v);
            if (search.get(v) == v) {
                break;
            }
        }
        Collections.reverse(path);
        return path;
    }

    /**
     * Whether traffic can get from one host to another: they share a network or L2 segment, or
     * their networks are joined through routers.
     */
    public boolean routed(HostVertex a, HostVertex b) {
        UnionFind<NetworkVertex> uf = routedNetworks();
        for (NicEdge ea : a.nics()) {
            for (NicEdge eb : b.nics()) {
                if (uf.inSameSet(ea.network(), eb.network())) {
                    return true;
                }
            }
        }
        return false;
    }

    private synchronized UnionFind<NetworkVertex> routedNetworks() {
        if (routedNetworks == null) {
            UnionFind<NetworkVertex> uf = new UnionFind<>(new HashSet<>(networks));
            for (List<NetworkVertex> seg : segments.values()) {
                for (NetworkVertex n : seg) {
                    uf.union(seg.get(0), n);
                }
            }
            for (HostVertex h : hosts) {
                if (h.routes()) {
                    NetworkVertex first = null;
                    for (NicEdge e : h.nics()) {
                        first = first == null ? e.network() : first;
                        uf.union(first, e.network());
                    }
                }
            }
            routedNetworks = uf;
        }
        return routedNetworks;
    }
}
