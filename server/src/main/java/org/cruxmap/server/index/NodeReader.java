package org.cruxmap.server.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cruxmap.ontology.CM;

/**
 * Reads the nodes the index holds (statements, arguments, sources, people) out of a dataset whose
 * default graph is the union of its named graphs. Call it inside the store's read transaction.
 */
final class NodeReader {
    /** The properties by which a node's document shows another node's text (names, titles, quotes). */
    private static final List<Property> POINTERS = List.of(CM.heldBy, CM.rejectedBy, CM.source, CM.quote, CM.author);

    private final Dataset ds;
    private final Model union;

    NodeReader(Dataset ds) {
        this.ds = ds;
        this.union = ds.getUnionModel();
    }

    /** Every indexable node's IRI, each once. */
    Set<String> allIris() {
        Set<String> out = new LinkedHashSet<>();
        for (Resource c : List.of(CM.Statement, CM.Claim, CM.Crux, CM.Evidence, CM.Argument, CM.Source, CM.Person)) {
            union.listSubjectsWithProperty(RDF.type, c).forEachRemaining(r -> { if (r.isURIResource()) out.add(r.getURI()); });
        }
        return out;
    }

    /** The IRIs whose documents a write to these graphs may have changed: their subjects, and the nodes pointing at those. */
    Set<String> touchedBy(Collection<String> graphs, Collection<String> indexedInGraphs) {
        Set<String> touched = new LinkedHashSet<>(indexedInGraphs);
        for (String g : graphs) {
            if (!ds.containsNamedModel(g)) continue;
            ds.getNamedModel(g).listSubjects().forEachRemaining(r -> { if (r.isURIResource()) touched.add(r.getURI()); });
        }
        Set<String> out = new LinkedHashSet<>(touched);
        for (String iri : touched) {
            Resource r = union.createResource(iri);
            for (Property p : POINTERS) {
                union.listSubjectsWithProperty(p, r).forEachRemaining(s -> { if (s.isURIResource()) out.add(s.getURI()); });
            }
        }
        return out;
    }

    /** The node as the index sees it, or empty when the store holds no indexable node of that IRI. */
    Optional<IndexedNode> read(String iri) {
        Resource r = union.createResource(iri);
        String type = typeOf(r);
        if (type == null) return Optional.empty();
        String label = first(r, RDFS.label);
        if (type.equals("person")) label = firstNonNull(first(r, CM.name), label);
        if (type.equals("source")) label = firstNonNull(label, first(r, CM.title));
        String text = type.equals("source") ? firstNonNull(first(r, CM.fullText), "") : firstNonNull(first(r, CM.text), "");
        if (label == null) label = text.length() > 80 ? text.substring(0, 80) + "…" : text;
        List<String> quotes = new ArrayList<>();
        r.listProperties(CM.quote).forEachRemaining(s -> {
            if (s.getObject().isResource()) {
                String exact = first(s.getResource(), CM.exact);
                if (exact != null) quotes.add(exact);
            }
        });
        List<String> tags = new ArrayList<>(new TreeSet<>(strings(r, CM.tag)));
        List<IndexedNode.Named> holders = named(r, type.equals("source") ? CM.author : CM.heldBy, "person/");
        List<IndexedNode.Named> sources = named(r, CM.source, "source/");
        String status = "";
        Statement st = r.getProperty(CM.status);
        if (st != null && st.getObject().isURIResource() && st.getResource().getURI().startsWith(CM.NS)) {
            status = st.getResource().getURI().substring(CM.NS.length());
        }
        String notes = String.join("\n", strings(r, RDFS.comment));
        return Optional.of(new IndexedNode(iri, shortId(iri), type, label, text, notes, quotes, tags, holders, sources,
                status, graphsOf(iri)));
    }

    /** Reads every node, handing each to the sink; returns how many. */
    long readAll(Set<String> iris, Consumer<IndexedNode> sink) {
        long n = 0;
        for (String iri : iris) {
            Optional<IndexedNode> node = read(iri);
            if (node.isPresent()) {
                sink.accept(node.get());
                n++;
            }
        }
        return n;
    }

    /** The short id of an IRI: what follows the instance base, or the whole IRI outside it. */
    static String shortId(String iri) {
        return iri.startsWith(CM.ID_BASE) ? iri.substring(CM.ID_BASE.length()) : iri;
    }

    private List<String> graphsOf(String iri) {
        Set<String> out = new TreeSet<>();
        Node s = NodeFactory.createURI(iri);
        java.util.Iterator<Quad> it = ds.asDatasetGraph().find(Node.ANY, s, Node.ANY, Node.ANY);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                if (q.getGraph().isURI() && !Quad.isUnionGraph(q.getGraph()) && !Quad.isDefaultGraph(q.getGraph())) {
                    out.add(q.getGraph().getURI());
                }
            }
        } finally {
            org.apache.jena.atlas.iterator.Iter.close(it);
        }
        return new ArrayList<>(out);
    }

    private static String typeOf(Resource r) {
        if (r.hasProperty(RDF.type, CM.Crux)) return "crux";
        if (r.hasProperty(RDF.type, CM.Evidence)) return "evidence";
        if (r.hasProperty(RDF.type, CM.Claim)) return "claim";
        if (r.hasProperty(RDF.type, CM.Statement)) return "statement";
        if (r.hasProperty(RDF.type, CM.Argument)) return "argument";
        if (r.hasProperty(RDF.type, CM.Source)) return "source";
        if (r.hasProperty(RDF.type, CM.Person)) return "person";
        return null;
    }

    private List<IndexedNode.Named> named(Resource r, Property p, String kindPrefix) {
        List<IndexedNode.Named> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        r.listProperties(p).forEachRemaining(s -> {
            if (!s.getObject().isURIResource()) return;
            Resource o = s.getResource();
            String key = shortId(o.getURI());
            if (key.startsWith(kindPrefix)) key = key.substring(kindPrefix.length());
            if (!seen.add(key)) return;
            String name = firstNonNull(first(o, CM.name), firstNonNull(first(o, CM.title), first(o, RDFS.label)));
            out.add(new IndexedNode.Named(key, name == null ? key : name));
        });
        return out;
    }

    private static List<String> strings(Resource r, Property p) {
        List<String> out = new ArrayList<>();
        r.listProperties(p).forEachRemaining(s -> {
            RDFNode o = s.getObject();
            if (o.isLiteral()) out.add(o.asLiteral().getLexicalForm());
        });
        return out;
    }

    private static String first(Resource r, Property p) {
        List<String> all = strings(r, p);
        if (all.isEmpty()) return null;
        java.util.Collections.sort(all);
        return all.get(0);
    }

    private static String firstNonNull(String a, String b) { return a != null ? a : b; }
}
