package org.cruxmap.server.sparql;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Predicate;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.Symbol;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.sys.SystemTDB;
import org.cruxmap.ontology.CM;

/**
 * The dataset SPARQL Update and the Graph Store Protocol work on. Its default graph is the stored
 * named graph {@link #DEFAULT_GRAPH}, so what is written "to the default graph" is part of the union
 * that queries read; the system records (change counter, import records) are hidden and cannot be written.
 * A view, not a copy: it works inside the caller's transaction on the store's dataset.
 */
public final class StoreView extends DatasetGraphWrapper implements DatasetGraphWrapperView {
    /** Where writes to the default graph go. */
    public static final String DEFAULT_GRAPH = CM.GRAPH_BASE + "default";
    public static final Node DEFAULT_NODE = NodeFactory.createURI(DEFAULT_GRAPH);
    private static final Node SYSTEM_NODE = NodeFactory.createURI(CM.SYSTEM_GRAPH);

    public StoreView(DatasetGraph stored) { super(stored); }

    /**
     * For a query's context: TDB2's scans keep quads (named graphs) and drop triples of the stored
     * default graph, where a local store keeps its system records, so no query reaches them, not
     * even one naming {@code <urn:x-arq:DefaultGraph>} or binding a graph variable to it.
     */
    public static final Symbol SCAN_FILTER = SystemTDB.symTupleFilter;
    public static final Predicate<Tuple<NodeId>> NAMED_GRAPHS_ONLY = tuple -> tuple.len() == 4;

    /** True for the names Jena and SPARQL use for the default graph. */
    public static boolean isDefault(Node g) { return g == null || Quad.isDefaultGraph(g) || DEFAULT_NODE.equals(g); }

    /** True for the system graph, which only the store writes. */
    public static boolean isSystem(Node g) { return SYSTEM_NODE.equals(g); }

    private static Node forWrite(Node g) {
        if (isDefault(g)) return DEFAULT_NODE;
        if (isSystem(g)) throw new SparqlError(403, "the system graph is read-only", "<" + CM.SYSTEM_GRAPH + "> is kept by Cruxmap itself");
        if (Quad.isUnionGraph(g)) throw SparqlError.badRequest("the union graph is read-only", "write to a named graph or the default graph");
        return g;
    }

    /** Hides the system records: the system graph's name, and the dataset's own default graph where a local store keeps them. */
    private static boolean visible(Quad q) { return !isSystem(q.getGraph()) && !Quad.isDefaultGraph(q.getGraph()); }

    @Override public Graph getDefaultGraph() { return get().getGraph(DEFAULT_NODE); }

    @Override
    public Graph getGraph(Node g) {
        if (isDefault(g)) return getDefaultGraph();
        if (isSystem(g)) return Graph.emptyGraph;
        return get().getGraph(g);
    }

    @Override
    public boolean containsGraph(Node g) {
        if (isDefault(g)) return true;
        if (isSystem(g)) return false;
        return get().containsGraph(g);
    }

    @Override
    public Iterator<Node> listGraphNodes() {
        List<Node> names = new ArrayList<>();
        get().listGraphNodes().forEachRemaining(n -> {
            if (!isSystem(n) && !DEFAULT_NODE.equals(n)) names.add(n);
        });
        return names.iterator();
    }

    /** Replaces the default graph with a copy of g. */
    public void replaceDefaultGraph(Graph g) { addGraph(DEFAULT_NODE, g); }

    @Override
    public void addGraph(Node name, Graph graph) {
        Node g = forWrite(name);
        List<org.apache.jena.graph.Triple> triples = graph.find().toList();
        get().removeGraph(g);
        for (var t : triples) get().add(g, t.getSubject(), t.getPredicate(), t.getObject());
    }

    @Override public void removeGraph(Node name) { get().removeGraph(forWrite(name)); }

    @Override public void add(Quad q) { get().add(forWrite(q.getGraph()), q.getSubject(), q.getPredicate(), q.getObject()); }

    @Override public void delete(Quad q) { get().delete(forWrite(q.getGraph()), q.getSubject(), q.getPredicate(), q.getObject()); }

    @Override public void add(Node g, Node s, Node p, Node o) { get().add(forWrite(g), s, p, o); }

    @Override public void delete(Node g, Node s, Node p, Node o) { get().delete(forWrite(g), s, p, o); }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        if (g == null || g.equals(Node.ANY)) {
            Iter.toList(Iter.filter(get().find(Node.ANY, s, p, o), StoreView::visible)).forEach(get()::delete);
        } else {
            get().deleteAny(forWrite(g), s, p, o);
        }
    }

    @Override
    public void clear() {
        listGraphNodes().forEachRemaining(get()::removeGraph);
        get().removeGraph(DEFAULT_NODE);
    }

    @Override public Iterator<Quad> find() { return find(Node.ANY, Node.ANY, Node.ANY, Node.ANY); }

    @Override public Iterator<Quad> find(Quad q) { return find(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()); }

    @Override
    public Iterator<Quad> find(Node g, Node s, Node p, Node o) {
        if (g == null || g.equals(Node.ANY)) return Iter.filter(get().find(Node.ANY, s, p, o), StoreView::visible);
        if (isSystem(g)) return java.util.Collections.emptyIterator();
        if (isDefault(g)) {
            return Iter.map(get().find(DEFAULT_NODE, s, p, o), q -> Quad.create(Quad.defaultGraphIRI, q.asTriple()));
        }
        return get().find(g, s, p, o);
    }

    @Override
    public Iterator<Quad> findNG(Node g, Node s, Node p, Node o) {
        if (g == null || g.equals(Node.ANY)) {
            return Iter.filter(get().findNG(Node.ANY, s, p, o), q -> visible(q) && !DEFAULT_NODE.equals(q.getGraph()));
        }
        return find(g, s, p, o);
    }

    @Override public boolean contains(Node g, Node s, Node p, Node o) { return find(g, s, p, o).hasNext(); }

    @Override public boolean contains(Quad q) { return contains(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject()); }

    @Override public boolean isEmpty() { return !find().hasNext(); }

    @Override public long size() {
        long n = 0;
        for (Iterator<Node> it = listGraphNodes(); it.hasNext(); it.next()) n++;
        return n;
    }
}
