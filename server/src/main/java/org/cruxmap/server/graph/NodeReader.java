package org.cruxmap.server.graph;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.cruxmap.ontology.CM;
import org.cruxmap.server.graph.NodeDetails.CruxAssertionView;
import org.cruxmap.server.graph.NodeDetails.PersonInfo;
import org.cruxmap.server.graph.NodeDetails.QuoteView;
import org.cruxmap.server.graph.NodeDetails.RelationView;
import org.cruxmap.server.graph.NodeDetails.SourceInfo;
import org.cruxmap.server.graph.NodeDetails.SourceRef;

/** Reads one node and its neighbourhood out of the union graph into {@link NodeDetails}. */
public final class NodeReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Comparator<NodeRef> BY_LABEL =
            Comparator.comparing((NodeRef n) -> n.label() == null ? "" : n.label()).thenComparing(NodeRef::id);

    private NodeReader() {}

    /** The node with this IRI, or empty when the store says nothing about it. */
    public static Optional<NodeDetails> read(Model m, String iri) {
        Resource r = m.getResource(iri);
        if (!m.contains(r, null, (RDFNode) null) && !m.contains(null, null, r)) return Optional.empty();
        String type = Ids.type(r).orElse("unknown");
        Map<String, List<NodeRef>> out = new LinkedHashMap<>();
        Map<String, List<NodeRef>> in = new LinkedHashMap<>();
        for (EdgeKind k : EdgeKind.values()) {
            if (!k.relation) continue;
            List<NodeRef> o = objects(r, k.property);
            if (!o.isEmpty()) out.put(k.name, o);
            List<NodeRef> i = subjects(m, k.property, r);
            if (!i.isEmpty()) in.put(k.name, i);
        }
        return Optional.of(new NodeDetails(
                Ids.id(iri), iri, type, NodeRef.label(r), string(r, CM.text), NodeRef.status(r),
                strings(r, CM.tag), strings(r, CM.section),
                objects(r, CM.heldBy), objects(r, CM.rejectedBy),
                r.listProperties(CM.source).toList().stream().filter(s -> s.getObject().isResource())
                        .map(s -> sourceRef(s.getResource())).toList(),
                r.listProperties(CM.quote).toList().stream().filter(s -> s.getObject().isResource())
                        .map(s -> quote(s.getResource())).sorted(Comparator.comparing(q -> q.start() == null ? 0 : q.start())).toList(),
                objects(r, CM.premise), objects(r, CM.conclusion), strings(r, CM.inferenceRule),
                out, in, cruxAssertions(m, r), relationProvenance(m, r),
                type.equals("source") ? sourceInfo(m, r) : null,
                type.equals("person") ? personInfo(m, r) : null,
                data(r)));
    }

    static SourceRef sourceRef(Resource s) {
        return new SourceRef(Ids.id(s.getURI()), NodeRef.label(s), string(s, CM.title), string(s, CM.address), NodeRef.status(s));
    }

    static QuoteView quote(Resource q) {
        Statement src = q.getProperty(CM.source);
        List<NodeRef> statements = subjects(q.getModel(), CM.quote, q);
        return new QuoteView(q.isURIResource() ? Ids.id(q.getURI()) : null, string(q, CM.exact), string(q, CM.prefix),
                string(q, CM.suffix), integer(q, CM.start), integer(q, CM.end),
                src != null && src.getObject().isURIResource() ? sourceRef(src.getResource()) : null, statements);
    }

    /** Crux assertions in which the node is the crux, the statement it is a crux for, or the agent. */
    static List<CruxAssertionView> cruxAssertions(Model m, Resource r) {
        TreeSet<Resource> found = new TreeSet<>(Comparator.comparing(Resource::toString));
        for (Property p : List.of(CM.crux, CM.cruxFor, CM.agent)) {
            m.listResourcesWithProperty(p, r).forEachRemaining(found::add);
        }
        return found.stream().filter(a -> a.hasProperty(RDF.type, CM.CruxAssertion)).map(NodeReader::cruxAssertion).toList();
    }

    static CruxAssertionView cruxAssertion(Resource a) {
        Statement isCrux = a.getProperty(CM.isCrux);
        Statement src = a.getProperty(CM.source);
        return new CruxAssertionView(a.isURIResource() ? Ids.id(a.getURI()) : null, ref(a, CM.crux), ref(a, CM.cruxFor), ref(a, CM.agent),
                isCrux == null || isCrux.getBoolean(),
                src != null && src.getObject().isURIResource() ? sourceRef(src.getResource()) : null);
    }

    private static List<RelationView> relationProvenance(Model m, Resource r) {
        List<RelationView> out = new ArrayList<>();
        for (Property p : List.of(CM.from, CM.to)) {
            m.listResourcesWithProperty(p, r).forEachRemaining(rel -> {
                Statement kind = rel.getProperty(CM.kind);
                String k = kind == null ? null : EdgeKind.byProperty(m.createProperty(kind.getResource().getURI()))
                        .map(e -> e.name).orElse(kind.getResource().getURI());
                out.add(new RelationView(rel.isURIResource() ? Ids.id(rel.getURI()) : null, ref(rel, CM.from), k, ref(rel, CM.to),
                        objects(rel, CM.assertedBy),
                        rel.listProperties(CM.source).toList().stream().filter(s -> s.getObject().isURIResource())
                                .map(s -> sourceRef(s.getResource())).toList(),
                        NodeRef.status(rel)));
            });
        }
        out.sort(Comparator.comparing(v -> v.id() == null ? "" : v.id()));
        return out;
    }

    private static SourceInfo sourceInfo(Model m, Resource s) {
        List<QuoteView> quotes = m.listResourcesWithProperty(CM.source, s).toList().stream()
                .filter(q -> q.hasProperty(RDF.type, CM.Quote)).map(NodeReader::quote)
                .sorted(Comparator.comparing(q -> q.start() == null ? Integer.MAX_VALUE : q.start())).toList();
        List<NodeRef> statements = subjects(m, CM.source, s).stream()
                .filter(n -> !n.type().equals("quote") && !n.type().equals("relation") && !n.type().equals("crux-assertion")).toList();
        return new SourceInfo(string(s, CM.title), objects(s, CM.author), string(s, CM.date), string(s, CM.address),
                string(s, CM.sourceKind), string(s, CM.fullText), quotes, statements);
    }

    private static PersonInfo personInfo(Model m, Resource p) {
        List<SourceRef> wrote = m.listResourcesWithProperty(CM.author, p).toList().stream().map(NodeReader::sourceRef)
                .sorted(Comparator.comparing(SourceRef::id)).toList();
        return new PersonInfo(string(p, CM.name), subjects(m, CM.heldBy, p), subjects(m, CM.rejectedBy, p), wrote,
                m.listResourcesWithProperty(CM.agent, p).toList().stream().map(NodeReader::cruxAssertion).toList());
    }

    private static Object data(Resource r) {
        String d = string(r, CM.data);
        if (d == null) return null;
        try {
            return JSON.readValue(d, Object.class);
        } catch (java.io.IOException e) {
            return d;
        }
    }

    static NodeRef ref(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s != null && s.getObject().isResource() ? NodeRef.of(s.getResource()) : null;
    }

    static List<NodeRef> objects(Resource r, Property p) {
        return r.listProperties(p).toList().stream().filter(s -> s.getObject().isResource())
                .map(s -> NodeRef.of(s.getResource())).sorted(BY_LABEL).toList();
    }

    static List<NodeRef> subjects(Model m, Property p, Resource o) {
        return m.listResourcesWithProperty(p, o).toList().stream().map(NodeRef::of).sorted(BY_LABEL).toList();
    }

    static String string(Resource r, Property p) {
        return Literals.preferred(r, p);
    }

    private static Integer integer(Resource r, Property p) {
        Statement s = r.getProperty(p);
        if (s == null || !s.getObject().isLiteral()) return null;
        try {
            return s.getInt();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static List<String> strings(Resource r, Property p) {
        return r.listProperties(p).toList().stream().filter(s -> s.getObject().isLiteral())
                .map(s -> s.getLiteral().getLexicalForm()).sorted().toList();
    }
}
