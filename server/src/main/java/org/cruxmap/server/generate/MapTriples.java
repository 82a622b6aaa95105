package org.cruxmap.server.generate;

import org.cruxmap.ingest.argdown.Slug;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cruxmap.ontology.CM;

/**
 * The RDF of each generated record: exactly the triples the Argdown reader (with the text reader
 * and the Turtle metadata beside it) makes of the same map, per docs/argdown-conventions.md.
 */
final class MapTriples {
    private static final Node TYPE = RDF.type.asNode();
    private static final Node LABEL = RDFS.label.asNode();

    private MapTriples() {}

    static Node statement(String title) { return iri("statement/" + Slug.of(title)); }

    static Node person(String id) { return iri("person/" + Slug.of(id)); }

    static Node source(String id) { return iri("source/" + Slug.of(id)); }

    static List<Triple> of(PersonRecord p) {
        List<Triple> out = new ArrayList<>();
        Node s = person(p.id());
        out.add(Triple.create(s, TYPE, CM.Person.asNode()));
        out.add(Triple.create(s, CM.name.asNode(), text(p.name())));
        out.add(Triple.create(s, LABEL, text(p.name())));
        out.add(Triple.create(s, CM.status.asNode(), cm(p.status())));
        return out;
    }

    static List<Triple> of(SourceRecord src) {
        List<Triple> out = new ArrayList<>();
        Node s = source(src.id());
        out.add(Triple.create(s, TYPE, CM.Source.asNode()));
        out.add(Triple.create(s, CM.title.asNode(), text(src.title())));
        out.add(Triple.create(s, LABEL, text(src.title())));
        out.add(Triple.create(s, CM.author.asNode(), person(src.authorId())));
        out.add(Triple.create(s, CM.date.asNode(), NodeFactory.createLiteralDT(src.date(), XSDDatatype.XSDdate)));
        out.add(Triple.create(s, CM.sourceKind.asNode(), text(src.kind())));
        out.add(Triple.create(s, CM.status.asNode(), cm(src.status())));
        out.add(Triple.create(s, CM.address.asNode(), text(src.address())));
        out.add(Triple.create(s, CM.fullText.asNode(), text(src.fullText())));
        return out;
    }

    static List<Triple> of(StatementRecord st) {
        List<Triple> out = new ArrayList<>();
        Node s = statement(st.title());
        out.add(Triple.create(s, TYPE, CM.Statement.asNode()));
        out.add(Triple.create(s, TYPE, cm(capitalType(st.type()))));
        out.add(Triple.create(s, LABEL, text(st.title())));
        out.add(Triple.create(s, CM.text.asNode(), text(st.text())));
        out.add(Triple.create(s, CM.status.asNode(), cm(st.status())));
        for (String tag : st.tags()) out.add(Triple.create(s, CM.tag.asNode(), text(tag)));
        if (st.section() != null) out.add(Triple.create(s, CM.section.asNode(), text(st.section())));
        if (st.sourceId() != null) out.add(Triple.create(s, CM.source.asNode(), source(st.sourceId())));
        for (Quote q : st.quotes()) {
            Node qn = iri("quote/" + Slug.of(st.sourceId()) + "/" + q.start() + "-" + q.end());
            out.add(Triple.create(qn, TYPE, CM.Quote.asNode()));
            out.add(Triple.create(qn, CM.exact.asNode(), text(q.exact())));
            out.add(Triple.create(qn, CM.source.asNode(), source(st.sourceId())));
            out.add(Triple.create(qn, CM.start.asNode(), integer(q.start())));
            out.add(Triple.create(qn, CM.end.asNode(), integer(q.end())));
            out.add(Triple.create(qn, CM.prefix.asNode(), text(q.prefix())));
            out.add(Triple.create(qn, CM.suffix.asNode(), text(q.suffix())));
            out.add(Triple.create(s, CM.quote.asNode(), qn));
        }
        for (String h : st.holders()) out.add(Triple.create(s, CM.heldBy.asNode(), person(h)));
        for (String h : st.rejecters()) out.add(Triple.create(s, CM.rejectedBy.asNode(), person(h)));
        java.util.Set<String> cruxTargets = new java.util.HashSet<>();
        for (CruxFor c : st.cruxFor()) {
            Node target = statement(c.targetTitle());
            Node a = iri("crux-assertion/" + Slug.of(st.title()) + "--" + Slug.of(c.targetTitle()) + "--"
                    + Slug.of(c.agentId() == null ? "anyone" : c.agentId()));
            out.add(Triple.create(a, TYPE, CM.CruxAssertion.asNode()));
            out.add(Triple.create(a, CM.crux.asNode(), s));
            out.add(Triple.create(a, CM.cruxFor.asNode(), target));
            out.add(Triple.create(a, CM.isCrux.asNode(), NodeFactory.createLiteralDT(Boolean.toString(c.isCrux()), XSDDatatype.XSDboolean)));
            if (c.agentId() != null) out.add(Triple.create(a, CM.agent.asNode(), person(c.agentId())));
            if (c.isCrux() && cruxTargets.add(c.targetTitle())) out.add(Triple.create(s, CM.isCruxFor.asNode(), target));
        }
        for (Link l : st.links()) {
            Node target = statement(l.targetTitle());
            Node kind = NodeFactory.createURI(CM.NS + l.kind());
            out.add(Triple.create(s, kind, target));
            Node rel = iri("relation/" + Slug.of(st.title()) + "--" + l.kind() + "--" + Slug.of(l.targetTitle()));
            out.add(Triple.create(rel, TYPE, CM.Relation.asNode()));
            out.add(Triple.create(rel, CM.from.asNode(), s));
            out.add(Triple.create(rel, CM.kind.asNode(), kind));
            out.add(Triple.create(rel, CM.to.asNode(), target));
            for (String h : st.holders()) out.add(Triple.create(rel, CM.assertedBy.asNode(), person(h)));
            if (st.sourceId() != null) out.add(Triple.create(rel, CM.source.asNode(), source(st.sourceId())));
        }
        return out;
    }

    static String capitalType(String type) { return Character.toUpperCase(type.charAt(0)) + type.substring(1); }

    private static Node iri(String path) { return NodeFactory.createURI(CM.ID_BASE + path); }

    private static Node cm(String local) { return NodeFactory.createURI(CM.NS + local); }

    private static Node text(String s) { return NodeFactory.createLiteralString(s); }

    private static Node integer(int n) { return NodeFactory.createLiteralDT(BigInteger.valueOf(n).toString(), XSDDatatype.XSDinteger); }
}
