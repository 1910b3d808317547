package io.labforge.deploy.engine;

import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedAcyclicGraph;
import org.jgrapht.traverse.TopologicalOrderIterator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The steps of a run and what each waits for. */
public final class StepGraph {

    private final DirectedAcyclicGraph<Step, DefaultEdge> graph = new DirectedAcyclicGraph<>(DefaultEdge.class);

    void add(Step step) {
        graph.addVertex(step);
    }

    /** {@code before} must finish before {@code after} starts; ignored when either is absent. */
    void order(Step before, Step after) {
        if (before != null && after != null && graph.containsVertex(before) && graph.containsVertex(after)) {
            graph.addEdge(before, after);
        }
    }

    public Set<Step> steps() {
        return graph.vertexSet();
    }

    public int size() {
        return graph.vertexSet().size();
    }

    public boolean contains(Step s) {
        return graph.containsVertex(s);
    }

    public List<Step> predecessors(Step s) {
        return Graphs.predecessorListOf(graph, s);
    }

    public List<Step> successors(Step s) {
        return Graphs.successorListOf(graph, s);
    }

    /** Every step that (transitively) waits for {@code s}. */
    public Set<Step> descendants(Step s) {
        return graph.getDescendants(s);
    }

    public List<Step> topological() {
        List<Step> out = new ArrayList<>();
        new TopologicalOrderIterator<>(graph).forEachRemaining(out::add);
        return out;
    }

    /**
     * Length of the longest chain from each step to the end, weighing steps by {@code duration};
     * the scheduler starts the longest chains first, and the bench takes the maximum as the
     * critical-path lower bound.
     */
    public Map<Step, Double> remainingPath(java.util.function.ToDoubleFunction<Step> duration) {
        List<Step> order = topological();
        Map<Step, Double> rest = new HashMap<>();
        for (int i = order.size() - 1; i >= 0; i--) {
            Step s = order.get(i);
            double tail = successors(s).stream().mapToDouble(rest::get).max().orElse(0);
            rest.put(s, duration.applyAsDouble(s) + tail);
        }
        return rest;
    }
}
