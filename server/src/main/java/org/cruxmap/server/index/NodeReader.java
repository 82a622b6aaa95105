package org.cruxmap.server.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.NodeCmp;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cruxmap.ontology.CM;
import org.cruxmap.server.graph.Literals;
import org.cruxmap.server.graph.NodeRef;
import org.cruxmap.server.graph.TextCut;

/**
 * Reads the nodes the index holds (statements, arguments, sources, people) out of a dataset whose
 * default graph is the union of its named graphs. Call it inside the store's read transaction.
 */
final class NodeReader {
    /** The properties by which a node's document shows another node's text (names, titles, quotes). */
    private static final List<Property> POINTERS = List.of(CM.heldBy, CM.rejectedBy, CM.source, CM.quote, CM.author);

    private final Dataset ds;
    private final Model union;
    /** Names of the people and sources nodes point to, read once per reader (one read transaction). */
    private final Map<Node, String> names = new HashMap<>();

    NodeReader(Dataset ds) {
        this.ds = ds;
        this.union = ds.getUnionModel();
    }

    /** Every indexable node's IRI, each once, in IRI order (so documents go in the same order however the store iterates). */
    Set<String> allIris() {
        Set<String> out = new TreeSet<>();
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
        Node subject = NodeFactory.createURI(iri);
        Facts f = facts(subject);
        String type = typeOf(f);
        if (type == null) return Optional.empty();
        String label = f.first(RDFS.label);
        // A person is listed by name; an rdfs:label that says more (which of several "Unidentified
        // LessWrong commenter"s) is searched and shown as the person's text.
        String described = type.equals("person") ? label : null;
        if (type.equals("person")) label = firstNonNull(f.first(CM.name), label);
        if (type.equals("source")) label = firstNonNull(label, f.first(CM.title));
        String text = type.equals("source") ? firstNonNull(f.first(CM.fullText), "") : firstNonNull(f.first(CM.text), "");
        if (described != null && !described.equals(label) && text.isEmpty()) text = described;
        if (label == null) label = TextCut.cut(text, NodeRef.TEXT_LABEL_CHARS);
        List<String> quotes = new ArrayList<>();
        for (Node q : f.objects(CM.quote)) {
            if (q.isLiteral()) continue;
            String exact = quoteExact(q);
            if (exact != null) quotes.add(exact);
        }
        List<String> tags = new ArrayList<>(new TreeSet<>(f.strings(CM.tag)));
        List<IndexedNode.Named> holders = named(f, type.equals("source") ? CM.author : CM.heldBy, "person/");
        List<IndexedNode.Named> sources = named(f, CM.source, "source/");
        String status = "";
        for (Node st : f.objects(CM.status)) {
            if (st.isURI() && st.getURI().startsWith(CM.NS)) {
                status = st.getURI().substring(CM.NS.length());
                break;
            }
        }
        String notes = String.join("\n", f.strings(RDFS.comment));
        return Optional.of(new IndexedNode(iri, shortId(iri), type, label, text, notes, quotes, tags, holders, sources,
                status, new ArrayList<>(f.graphs)));
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

    /** Every triple with this subject in any named graph, in one index lookup, and the graphs they are in. */
    private Facts facts(Node subject) {
        Facts f = new Facts(subject.isURI() ? subject.getURI() : null);
        Iterator<Quad> it = ds.asDatasetGraph().find(Node.ANY, subject, Node.ANY, Node.ANY);
        try {
            while (it.hasNext()) {
                Quad q = it.next();
                Node g = q.getGraph();
                if (!g.isURI() || Quad.isUnionGraph(g) || Quad.isDefaultGraph(g)) continue;
                f.graphs.add(g.getURI());
                f.values.computeIfAbsent(q.getPredicate(), k -> new TreeSet<>(NodeCmp::compareRDFTerms)).add(q.getObject());
            }
        } finally {
            Iter.close(it);
        }
        return f;
    }

    /** A quote's exact text (its least cm:exact when several). */
    private String quoteExact(Node quote) {
        return facts(quote).first(CM.exact);
    }

    private static String typeOf(Facts f) {
        Set<Node> types = f.values.getOrDefault(RDF.type.asNode(), Set.of());
        if (types.contains(CM.Crux.asNode())) return "crux";
        if (types.contains(CM.Evidence.asNode())) return "evidence";
        if (types.contains(CM.Claim.asNode())) return "claim";
        if (types.contains(CM.Statement.asNode())) return "statement";
        if (types.contains(CM.Argument.asNode())) return "argument";
        if (types.contains(CM.Source.asNode())) return "source";
        if (types.contains(CM.Person.asNode())) return "person";
        return null;
    }

    private List<IndexedNode.Named> named(Facts f, Property p, String kindPrefix) {
        List<IndexedNode.Named> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Node o : f.objects(p)) {
            if (!o.isURI()) continue;
            String key = shortId(o.getURI());
            if (key.startsWith(kindPrefix)) key = key.substring(kindPrefix.length());
            if (!seen.add(key)) continue;
            String name = names.computeIfAbsent(o, n -> {
                Facts of = facts(n);
                return firstNonNull(of.first(CM.name), firstNonNull(of.first(CM.title), firstNonNull(of.first(RDFS.label), "")));
            });
            out.add(new IndexedNode.Named(key, name.isEmpty() ? key : name));
        }
        return out;
    }

    private static String firstNonNull(String a, String b) { return a != null ? a : b; }

    /**
     * What the store says of one subject: its values by predicate (each once, in RDF term order, so a
     * node reads the same whatever order the store keeps them in) and the named graphs saying it.
     */
    private static final class Facts {
        private final String iri;
        final Map<Node, Set<Node>> values = new HashMap<>();
        final Set<String> graphs = new TreeSet<>();

        Set<Node> objects(Property p) { return values.getOrDefault(p.asNode(), Set.of()); }

        /** The lexical forms of the literal values, in term order. */
        List<String> strings(Property p) {
            List<String> out = new ArrayList<>();
            for (Node o : objects(p)) if (o.isLiteral()) out.add(o.getLiteralLexicalForm());
            return out;
        }

        Facts(String iri) { this.iri = iri; }

        /** One literal value however many the graphs hold, as {@link Literals#preferred} picks it, or null. */
        String first(Property p) {
            return Literals.preferred(strings(p), iri);
        }
    }
}
