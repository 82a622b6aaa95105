package org.cruxmap.server.sparql;

import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.resultset.ResultSetLang;

/** The answer formats of SPARQL, with their media types: result sets for SELECT/ASK, RDF for CONSTRUCT/DESCRIBE. */
public enum SparqlFormat {
    TABLE("table", "text/plain", null, null),
    JSON("json", "application/sparql-results+json", ResultSetLang.RS_JSON, null),
    XML("xml", "application/sparql-results+xml", ResultSetLang.RS_XML, null),
    CSV("csv", "text/csv", ResultSetLang.RS_CSV, null),
    TSV("tsv", "text/tab-separated-values", ResultSetLang.RS_TSV, null),
    TURTLE("ttl", "text/turtle", null, Lang.TURTLE),
    NTRIPLES("nt", "application/n-triples", null, Lang.NTRIPLES),
    JSONLD("jsonld", "application/ld+json", null, Lang.JSONLD),
    RDFXML("rdfxml", "application/rdf+xml", null, Lang.RDFXML),
    TRIG("trig", "application/trig", null, Lang.TRIG),
    NQUADS("nq", "application/n-quads", null, Lang.NQUADS);

    public final String name;
    public final String mediaType;
    public final Lang resultLang;
    public final Lang rdfLang;

    SparqlFormat(String name, String mediaType, Lang resultLang, Lang rdfLang) {
        this.name = name;
        this.mediaType = mediaType;
        this.resultLang = resultLang;
        this.rdfLang = rdfLang;
    }

    /** True for formats that carry result sets (or the plain table). */
    public boolean forResults() { return rdfLang == null; }

    /** Every format's name, for messages: "table, json, xml, ...". */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(f -> f.name).toList());
    }

    public static Optional<SparqlFormat> byName(String n) {
        return Arrays.stream(values()).filter(f -> f.name.equalsIgnoreCase(n)).findFirst();
    }
}
