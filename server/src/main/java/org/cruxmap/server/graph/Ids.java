package org.cruxmap.server.graph;

import java.util.Optional;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.cruxmap.ontology.CM;

/** Short ids (the part of an IRI after the instance base) and the coarse node types the API speaks of. */
public final class Ids {
    private Ids() {}

    /** The short id of an instance IRI, or the IRI itself when it lies outside the base. */
    public static String id(String iri) {
        return iri.startsWith(CM.ID_BASE) ? iri.substring(CM.ID_BASE.length()) : iri;
    }

    /** The IRI of a short id (a full IRI is taken as is). */
    public static String iri(String id) {
        return id.startsWith("http://") || id.startsWith("https://") || id.startsWith("urn:") ? id : CM.ID_BASE + id;
    }

    /** True when a short id is well-formed: no spaces, controls, path tricks or markup. */
    public static boolean valid(String id) {
        return id != null && !id.isEmpty() && id.length() <= 2000 && !id.contains("..")
                && id.chars().noneMatch(c -> c <= ' ' || c == '<' || c == '>' || c == '"' || c == '\\' || c == '{' || c == '}');
    }

    /** True when a graph name can name a graph: an absolute http, https or urn IRI with nothing a short id refuses. */
    public static boolean graphIri(String iri) {
        return iri != null && !iri.isBlank() && valid(iri)
                && (iri.startsWith("http://") || iri.startsWith("https://") || iri.startsWith("urn:"));
    }

    /** claim, crux, evidence, statement, argument, source, person, quote, relation or empty for untyped nodes. */
    public static Optional<String> type(Resource r) {
        if (r.hasProperty(RDF.type, CM.Crux)) return Optional.of("crux");
        if (r.hasProperty(RDF.type, CM.Evidence)) return Optional.of("evidence");
        if (r.hasProperty(RDF.type, CM.Claim)) return Optional.of("claim");
        if (r.hasProperty(RDF.type, CM.Statement)) return Optional.of("statement");
        if (r.hasProperty(RDF.type, CM.Argument)) return Optional.of("argument");
        if (r.hasProperty(RDF.type, CM.Source)) return Optional.of("source");
        if (r.hasProperty(RDF.type, CM.Person)) return Optional.of("person");
        if (r.hasProperty(RDF.type, CM.Quote)) return Optional.of("quote");
        if (r.hasProperty(RDF.type, CM.Relation)) return Optional.of("relation");
        if (r.hasProperty(RDF.type, CM.CruxAssertion)) return Optional.of("crux-assertion");
        if (r.hasProperty(RDF.type, CM.Locution)) return Optional.of("locution");
        return Optional.empty();
    }
}
