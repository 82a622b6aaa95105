package org.cruxmap.ingest.rdf;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;

/**
 * A parser's output poured straight into one graph: the triples of every graph of a TriG or N-Quads
 * file land together (an imported file is one named graph), counting the named graphs merged.
 * Prefixes declared in the file are kept, a later declaration of a prefix replacing an earlier one.
 */
final class OneGraphSink implements StreamRDF {
    private final Graph graph;
    private final Set<Node> named = new HashSet<>();
    private final PrefixMapping prefixes = PrefixMapping.Factory.create();

    OneGraphSink(Graph graph) { this.graph = graph; }

    /** How many distinct named graphs the file held. */
    int namedGraphs() { return named.size(); }

    /** Takes in what another part of the same file counted and declared. */
    void absorb(OneGraphSink later) {
        named.addAll(later.named);
        prefixes.setNsPrefixes(later.prefixes);
    }

    /** The prefixes the file declared. */
    Map<String, String> prefixes() { return prefixes.getNsPrefixMap(); }

    @Override public void start() { }

    @Override public void triple(Triple triple) { graph.add(triple); }

    @Override
    public void quad(Quad quad) {
        Node g = quad.getGraph();
        if (g != null && !Quad.isDefaultGraph(g)) named.add(g);
        graph.add(quad.asTriple());
    }

    @Override public void base(String base) { }

    @Override public void prefix(String prefix, String iri) { prefixes.setNsPrefix(prefix, iri); }

    @Override public void finish() { }
}
