package org.cruxmap.server.sparql;

import java.util.Iterator;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpGraph;
import org.apache.jena.sparql.algebra.op.OpPath;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * The dataset a query reads when TDB2's own engine could reach the stored default graph, where a
 * local store keeps its records: DESCRIBE (its describe step reads the dataset through the graph
 * API), and a property path inside GRAPH (paths read the active graph through the graph API, and
 * {@code GRAPH <urn:x-arq:DefaultGraph>} or a graph variable bound to that name would make it the
 * stored default graph). Here the default graph, under every name of it, is the union of the named
 * graphs, and the records are nowhere. ARQ's general engine runs over it; every other query keeps
 * TDB2's engine, whose scans drop the stored default graph ({@link StoreView#NAMED_GRAPHS_ONLY}).
 */
final class QueryView extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    QueryView(DatasetGraph stored) { super(stored); }

    /** True for a query TDB2's engine would not keep away from the stored default graph. */
    static boolean needed(Query query, Op op) {
        if (query.isDescribeType()) return true;
        boolean[] seen = {false, false}; // a path, a GRAPH
        OpVisitorBase ops = new OpVisitorBase() {
            @Override public void visit(OpPath p) { seen[0] = true; }
            @Override public void visit(OpGraph g) { seen[1] = true; }
        };
        ExprVisitorBase exprs = new ExprVisitorBase() {
            @Override public void visit(ExprFunctionOp f) { Walker.walk(f.getGraphPattern(), ops, this); }
        };
        Walker.walk(op, ops, exprs);
        return seen[0] && seen[1];
    }

    @Override public Graph getDefaultGraph() { return get().getUnionGraph(); }

    @Override
    public Graph getGraph(Node g) { return g == null || Quad.isDefaultGraph(g) ? getDefaultGraph() : get().getGraph(g); }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        return Iter.filter(get().find(g, s, p, o), q -> !Quad.isDefaultGraph(q.getGraph()));
    }

    @Override
    public Iterator<Quad> find(Quad q) { return find(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()); }

    @Override
    public boolean contains(Node g, Node s, Node p, Node o) { return find(g, s, p, o).hasNext(); }

    @Override
    public boolean contains(Quad q) { return contains(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()); }
}
