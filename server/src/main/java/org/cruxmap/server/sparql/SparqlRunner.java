package org.cruxmap.server.sparql;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.shared.PrefixMapping;
import org.cruxmap.ontology.CM;
import org.cruxmap.server.store.Store;

/** Runs a SPARQL query over the store's union view and writes the answer in a chosen format. */
public final class SparqlRunner {
    /** Prefixes every query may use without declaring them. */
    public static final PrefixMapping PREFIXES = PrefixMapping.Factory.create()
            .setNsPrefix("cm", CM.NS)
            .setNsPrefix("id", CM.ID_BASE)
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("dct", "http://purl.org/dc/terms/")
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
            .setNsPrefix("oa", "http://www.w3.org/ns/oa#")
            .setNsPrefix("schema", "https://schema.org/")
            .lock();

    private SparqlRunner() {}

    /** Parses a query with the standard prefixes predeclared; throws QueryParseException with line and column. */
    public static Query parse(String text) {
        Query q = new Query();
        q.getPrefixMapping().setNsPrefixes(PREFIXES);
        QueryFactory.parse(q, text, null, Syntax.syntaxARQ);
        return q;
    }

    /**
     * Runs the query through {@link QueryService#run} (the same dataset, record hiding, SERVICE refusal
     * and time limit as the HTTP endpoint) and writes its answer; a format that does not fit the query
     * form is an IllegalArgumentException, a query over the time limit a {@link SparqlError} (503).
     */
    public static void run(Store store, PreparedQuery prepared, SparqlFormat format, OutputStream out, long timeoutMillis) {
        Query query = prepared.query();
        if (query.isSelectType() || query.isAskType()) {
            if (!format.forResults()) throw new IllegalArgumentException("format " + format.name + " does not fit a " + form(query) + " query; use table, json, xml, csv or tsv");
        } else if (format.forResults() && format != SparqlFormat.TABLE) {
            // table, the default, shows a graph as Turtle; json is results JSON, which a graph is not (jsonld is)
            throw new IllegalArgumentException("format " + format.name + " does not fit a " + form(query) + " query; use table (Turtle), ttl, nt, jsonld, rdfxml, trig or nq");
        }
        new QueryService(store, timeoutMillis).run(prepared, ProtocolDataset.NONE, (qe, q) -> {
            if (q.isSelectType()) {
                ResultSet rs = ResultSet.adapt(qe.select());
                if (format == SparqlFormat.TABLE) ResultSetFormatter.out(out, rs, q.getPrefixMapping());
                else ResultSetMgr.write(out, rs, format.resultLang);
            } else if (q.isAskType()) {
                boolean b = qe.ask();
                if (format == SparqlFormat.TABLE) print(out, b ? "yes" : "no");
                else ResultSetMgr.write(out, b, format.resultLang);
            } else {
                Model m = ModelFactory.createModelForGraph(q.isConstructType() ? qe.construct() : qe.describe());
                m.setNsPrefixes(PREFIXES);
                RDFDataMgr.write(out, m, format.forResults() ? org.apache.jena.riot.Lang.TURTLE : format.rdfLang);
            }
            return null;
        });
    }

    private static String form(Query q) {
        return q.isSelectType() ? "SELECT" : q.isAskType() ? "ASK" : q.isConstructType() ? "CONSTRUCT" : "DESCRIBE";
    }

    private static void print(OutputStream out, String s) {
        PrintStream p = new PrintStream(out, true, StandardCharsets.UTF_8);
        p.println(s);
        p.flush();
    }
}
