package org.cruxmap.server.store;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.WrappedGraph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * A dataset that notes the name of every graph a write touches, so a remote store knows which
 * graphs to send to its endpoint. Writes to the default graph itself are not tracked: Cruxmap keeps
 * no data there (its "default graph" for writes is a named graph, see StoreView).
 */
final class GraphTracker extends DatasetGraphWrapper {
    private final Set<Node> touched = new LinkedHashSet<>();

    GraphTracker(DatasetGraph dsg) { super(dsg); }

    /** The named graphs written so far. */
    Set<Node> touched() { return touched; }

    private void note(Node g) {
        if (g != null && !Quad.isDefaultGraph(g) && !g.equals(Node.ANY) && g.isURI()) touched.add(g);
    }

    @Override public void add(Quad q) { note(q.getGraph()); super.add(q); }

    @Override public void delete(Quad q) { note(q.getGraph()); super.delete(q); }

    @Override public void add(Node g, Node s, Node p, Node o) { note(g); super.add(g, s, p, o); }

    @Override public void delete(Node g, Node s, Node p, Node o) { note(g); super.delete(g, s, p, o); }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        if (g == null || g.equals(Node.ANY)) {
            for (Iterator<Quad> it = find(Node.ANY, s, p, o); it.hasNext(); ) note(it.next().getGraph());
        } else {
            note(g);
        }
        super.deleteAny(g, s, p, o);
    }

    @Override public void addGraph(Node g, Graph graph) { note(g); super.addGraph(g, graph); }

    @Override public void removeGraph(Node g) { note(g); super.removeGraph(g); }

    @Override
    public void clear() {
        listGraphNodes().forEachRemaining(this::note);
        super.clear();
    }

    /** A graph of the dataset whose writes are noted too (SPARQL ADD, COPY and MOVE write through graphs). */
    @Override
    public Graph getGraph(Node g) {
        Graph inner = super.getGraph(g);
        return new WrappedGraph(inner) {
            @Override public void add(Triple t) { note(g); super.add(t); }
            @Override public void delete(Triple t) { note(g); super.delete(t); }
            @Override public void performAdd(Triple t) { note(g); super.performAdd(t); }
            @Override public void performDelete(Triple t) { note(g); super.performDelete(t); }
            @Override public void remove(Node s, Node p, Node o) { note(g); super.remove(s, p, o); }
            @Override public void clear() { note(g); super.clear(); }
        };
    }
}
