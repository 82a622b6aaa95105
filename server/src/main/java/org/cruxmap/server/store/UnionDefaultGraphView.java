package org.cruxmap.server.store;

import java.util.Iterator;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * A read view of a dataset whose default graph is the union of its named graphs, for stores whose
 * engine has no union-default-graph switch of its own (the in-memory one).
 */
final class UnionDefaultGraphView extends DatasetGraphWrapper {

    UnionDefaultGraphView(DatasetGraph dsg) { super(dsg); }

    @Override public Graph getDefaultGraph() { return get().getUnionGraph(); }

    @Override public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g != null && Quad.isDefaultGraph(g)) return get().find(Quad.unionGraph, s, p, o);
        return super.find(g, s, p, o);
    }

    @Override public boolean contains(Node g, Node s, Node p, Node o) {
        if (g != null && Quad.isDefaultGraph(g)) return get().contains(Quad.unionGraph, s, p, o);
        return super.contains(g, s, p, o);
    }
}
