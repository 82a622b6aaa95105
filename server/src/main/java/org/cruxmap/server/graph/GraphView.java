package org.cruxmap.server.graph;

import java.util.List;

/** A drawable piece of the argument graph: nodes, edges, and whether the walk was cut at the limit. */
public record GraphView(String focus, List<Node> nodes, List<Edge> edges, boolean truncated, int depth, int limit) {

    /** A node to draw: id, type (claim, crux, evidence, argument, source, person, ...), label, status, distance from the focus. */
    public record Node(String id, String type, String label, String status, int distance) {}

    /** An edge to draw: from source to target, of a kind (support, attack, crux-for, premise, ...). */
    public record Edge(String id, String source, String target, String kind) {}
}
