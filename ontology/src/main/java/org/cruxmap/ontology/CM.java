package org.cruxmap.ontology;

import java.io.InputStream;
import java.util.List;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The Cruxmap vocabulary ({@code cm:}) as Jena constants. {@code VocabularyTest} fails when this
 * class and {@code cruxmap.ttl} disagree in either direction.
 */
public final class CM {
    /** The vocabulary namespace. */
    public static final String NS = "https://w3id.org/cruxmap/ns#";
    /** The default base of instance IRIs; a node's short id is what follows it. */
    public static final String ID_BASE = "https://w3id.org/cruxmap/id/";
    /** The base of the named graphs that imported files go into. */
    public static final String GRAPH_BASE = "https://w3id.org/cruxmap/graph/";
    /** The named graph holding the store's own bookkeeping (change counter, import records). */
    public static final String SYSTEM_GRAPH = "https://w3id.org/cruxmap/system";
    /** Classpath location of the vocabulary in Turtle. */
    public static final String ONTOLOGY_RESOURCE = "/org/cruxmap/ontology/cruxmap.ttl";
    /** Classpath location of the SHACL shapes in Turtle. */
    public static final String SHAPES_RESOURCE = "/org/cruxmap/ontology/shapes.ttl";

    private CM() {}

    private static Resource r(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    /** Opens the vocabulary's Turtle. */
    public static InputStream ontology() { return CM.class.getResourceAsStream(ONTOLOGY_RESOURCE); }
    /** Opens the SHACL shapes' Turtle. */
    public static InputStream shapes() { return CM.class.getResourceAsStream(SHAPES_RESOURCE); }

    // classes
    public static final Resource Statement = r("Statement");
    public static final Resource Claim = r("Claim");
    public static final Resource Crux = r("Crux");
    public static final Resource Evidence = r("Evidence");
    public static final Resource Argument = r("Argument");
    public static final Resource Relation = r("Relation");
    public static final Resource CruxAssertion = r("CruxAssertion");
    public static final Resource Source = r("Source");
    public static final Resource Quote = r("Quote");
    public static final Resource Person = r("Person");
    public static final Resource Locution = r("Locution");
    public static final Resource Status = r("Status");
    // epistemic statuses
    public static final Resource verified = r("verified");
    public static final Resource secondary = r("secondary");
    public static final Resource unverified = r("unverified");
    // properties
    public static final Property text = p("text");
    public static final Property status = p("status");
    public static final Property tag = p("tag");
    public static final Property section = p("section");
    public static final Property data = p("data");
    public static final Property heldBy = p("heldBy");
    public static final Property rejectedBy = p("rejectedBy");
    public static final Property quote = p("quote");
    public static final Property source = p("source");
    public static final Property premise = p("premise");
    public static final Property conclusion = p("conclusion");
    public static final Property inferenceRule = p("inferenceRule");
    public static final Property scheme = p("scheme");
    public static final Property supports = p("supports");
    public static final Property attacks = p("attacks");
    public static final Property undercuts = p("undercuts");
    public static final Property entails = p("entails");
    public static final Property contrary = p("contrary");
    public static final Property contradicts = p("contradicts");
    public static final Property isCruxFor = p("isCruxFor");
    public static final Property isEvidenceFor = p("isEvidenceFor");
    public static final Property isEvidenceAgainst = p("isEvidenceAgainst");
    public static final Property respondsTo = p("respondsTo");
    public static final Property rephrases = p("rephrases");
    public static final Property preferredTo = p("preferredTo");
    public static final Property from = p("from");
    public static final Property to = p("to");
    public static final Property kind = p("kind");
    public static final Property assertedBy = p("assertedBy");
    public static final Property crux = p("crux");
    public static final Property cruxFor = p("cruxFor");
    public static final Property agent = p("agent");
    public static final Property isCrux = p("isCrux");
    public static final Property exact = p("exact");
    public static final Property prefix = p("prefix");
    public static final Property suffix = p("suffix");
    public static final Property start = p("start");
    public static final Property end = p("end");
    public static final Property title = p("title");
    public static final Property author = p("author");
    public static final Property date = p("date");
    public static final Property address = p("address");
    public static final Property sourceKind = p("sourceKind");
    public static final Property fullText = p("fullText");
    public static final Property name = p("name");
    public static final Property speaker = p("speaker");
    public static final Property expresses = p("expresses");
    public static final Property illocution = p("illocution");
    public static final Property transitionTo = p("transitionTo");
    public static final Property changeCounter = p("changeCounter");
    public static final Property importedFrom = p("importedFrom");
    public static final Property importedAt = p("importedAt");
    // query functions (not stored triples)
    /** The SPARQL property function of full-text search: {@code (?node ?score) cm:search "query"}. */
    public static final Property search = p("search");

    /** Every class, in the order of the .ttl. */
    public static final List<Resource> CLASSES = List.of(Statement, Claim, Crux, Evidence, Argument, Relation, CruxAssertion, Source, Quote, Person, Locution, Status);
    /** The three epistemic statuses. */
    public static final List<Resource> STATUSES = List.of(verified, secondary, unverified);
    /** Every property, in the order of the .ttl. */
    public static final List<Property> PROPERTIES = List.of(
            text, status, tag, section, data, heldBy,
            rejectedBy, quote, source, premise, conclusion, inferenceRule,
            scheme, supports, attacks, undercuts, entails, contrary,
            contradicts, isCruxFor, isEvidenceFor, isEvidenceAgainst, respondsTo, rephrases,
            preferredTo, from, to, kind, assertedBy, crux,
            cruxFor, agent, isCrux, exact, prefix, suffix,
            start, end, title, author, date, address,
            sourceKind, fullText, name, speaker, expresses, illocution,
            transitionTo, changeCounter, importedFrom, importedAt);
    /** The relation properties that join statements and arguments, each a plain triple. */
    public static final List<Property> RELATIONS = List.of(
            supports, attacks, undercuts, entails, contrary, contradicts, isCruxFor, isEvidenceFor, isEvidenceAgainst, respondsTo, rephrases, preferredTo);
    /** The relations that count as attacks in acceptability semantics. */
    public static final List<Property> ATTACK_RELATIONS = List.of(attacks, undercuts, contrary, contradicts);
}
