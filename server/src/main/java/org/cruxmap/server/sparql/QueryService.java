package org.cruxmap.server.sparql;

import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.Syntax;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.core.DatasetDescription;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.DynamicDatasets;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.http.Service;
import org.cruxmap.server.store.Store;

/**
 * Runs SPARQL queries for the HTTP endpoint and the command line: parses once per distinct text
 * (parsed queries are cached), refuses SERVICE, applies the protocol's dataset, keeps the store's
 * records out of reach, runs under a time limit, and writes the answer in the negotiated format.
 */
public final class QueryService {
    private static final int CACHE_LIMIT = 2000;

    private final Store store;
    private final long timeoutMillis;
    private final Map<String, PreparedQuery> cache = new ConcurrentHashMap<>();

    public QueryService(Store store, long timeoutMillis) {
        this.store = store;
        this.timeoutMillis = timeoutMillis;
    }

    /** The time limit of one query, in milliseconds. */
    public long timeoutMillis() { return timeoutMillis; }

    /** Parses and checks a query (from the cache when the same text was seen); a 400 with line and column when it does not parse. */
    public PreparedQuery prepare(String text, String base) {
        String key = base + '\n' + text;
        PreparedQuery p = cache.get(key);
        if (p != null) return p;
        p = parse(text, base);
        if (cache.size() >= CACHE_LIMIT) cache.clear();
        cache.put(key, p);
        return p;
    }

    /** Parses and checks a query, without the cache (the command line's one query); a 400 with line and column when it does not parse. */
    public static PreparedQuery parse(String text, String base) {
        if (text == null || text.isBlank()) throw SparqlError.badRequest("the query is empty", "give a SELECT, ASK, CONSTRUCT or DESCRIBE query");
        Query q = new Query();
        q.getPrefixMapping().setNsPrefixes(SparqlRunner.PREFIXES);
        try {
            QueryFactory.parse(q, text, base, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            if (isUpdate(text, base)) {
                throw SparqlError.badRequest(UPDATE_NOT_QUERY,
                        "updates go to POST /update (or POST /sparql with Content-Type application/sparql-update, or update=), with the write token");
            }
            throw syntaxError(e);
        } catch (QueryException e) {
            throw SparqlError.badRequest("the query is not valid", e.getMessage());
        }
        if (q.isJsonType()) throw SparqlError.badRequest("JSON queries are not supported", "use SELECT, ASK, CONSTRUCT or DESCRIBE");
        org.apache.jena.sparql.algebra.Op op = Algebra.compile(q);
        ServiceRefusal.check(op);
        q.resetResultVars();
        q.setResultVars();
        Query bare = q.cloneQuery();
        bare.getGraphURIs().clear();
        bare.getNamedGraphURIs().clear();
        bare.setResultVars();
        return new PreparedQuery(q, bare, QueryView.needed(q, op));
    }

    /** The error of an update sent where a query goes. */
    public static final String UPDATE_NOT_QUERY = "this is a SPARQL update, not a query";

    /** True when the text parses as a SPARQL update (with the same predeclared prefixes). */
    private static boolean isUpdate(String text, String base) {
        try {
            org.apache.jena.update.UpdateRequest u = new org.apache.jena.update.UpdateRequest();
            u.getPrefixMapping().setNsPrefixes(SparqlRunner.PREFIXES);
            org.apache.jena.update.UpdateFactory.parse(u, text, base, Syntax.syntaxARQ);
            return !u.getOperations().isEmpty();
        } catch (QueryException notAnUpdateEither) {
            return false;
        }
    }

    /**
     * A 400 carrying the parser's message, line and column. Lexical errors carry their position only
     * in the message, and name the character by its code ({@code Encountered: '32' (32)}); the
     * position is taken from the message and the character is named.
     */
    static SparqlError syntaxError(QueryParseException e) {
        String message = e.getMessage() == null ? "syntax error" : readableCharacter(e.getMessage().strip());
        int line = Math.max(e.getLine(), 0);
        int column = Math.max(e.getColumn(), 0);
        // The message names the offending token; the exception's own column can point at the token before it.
        java.util.regex.Matcher m = POSITION.matcher(message);
        if (m.find()) {
            line = Integer.parseInt(m.group(1));
            column = Integer.parseInt(m.group(2));
        }
        return new SparqlError(400, "malformed SPARQL", message, line, column);
    }

    private static final java.util.regex.Pattern POSITION = java.util.regex.Pattern.compile("at line (\\d+), column (\\d+)");
    private static final java.util.regex.Pattern CHARACTER_CODE = java.util.regex.Pattern.compile("Encountered: '(\\d+)' \\((\\d+)\\)");

    /** {@code Encountered: '32' (32)} as {@code Encountered: a space (U+0020)}. */
    static String readableCharacter(String message) {
        java.util.regex.Matcher m = CHARACTER_CODE.matcher(message);
        if (!m.find() || !m.group(1).equals(m.group(2))) return message;
        int code = Integer.parseInt(m.group(1));
        String name = switch (code) {
            case ' ' -> "a space";
            case '\t' -> "a tab";
            case '\n', '\r' -> "a line break";
            default -> code >= Character.MIN_SURROGATE && code <= Character.MAX_SURROGATE ? "half of a character outside the BMP"
                    : Character.isISOControl(code) ? "a control character"
                    : !Character.isValidCodePoint(code) ? "an invalid character"
                    : "'" + new String(Character.toChars(code)) + "'";
        };
        return message.substring(0, m.start()) + "Encountered: " + name + String.format(" (U+%04X)", code) + message.substring(m.end());
    }

    /**
     * Runs a prepared query and writes its answer. The protocol's dataset, when given, replaces the
     * query's FROM / FROM NAMED; otherwise FROM picks graphs from the store; otherwise the default
     * graph is the union of all graphs.
     */
    public void execute(PreparedQuery prepared, ProtocolDataset protocol, SparqlFormat format, OutputStream out) {
        run(prepared, protocol, (qe, query) -> {
            write(qe, query, format, out);
            return null;
        });
    }

    /**
     * Runs a prepared query as every caller must: over the dataset its protocol dataset, FROM clauses or
     * form call for, with the store's records out of reach, no SERVICE, and the time limit (a 503 when
     * it is reached). {@code work} gets the execution and the query as run.
     */
    public <T> T run(PreparedQuery prepared, ProtocolDataset protocol, BiFunction<QueryExec, Query, T> work) {
        return store.read(ds -> {
            DatasetGraph stored = ds.asDatasetGraph();
            Query query = prepared.query();
            DatasetGraph target = stored;
            DatasetDescription description = !protocol.isEmpty() ? protocol.description()
                    : query.hasDatasetDescription() ? query.getDatasetDescription() : null;
            if (description != null) {
                target = DynamicDatasets.dynamicDataset(description, new StoreView(stored), false);
                query = prepared.withoutDataset();
            } else if (prepared.throughView()) {
                target = new QueryView(stored);
            } else {
                Optional<Node> only = OnlyDataGraph.of(stored);
                if (only.isPresent()) query = OnlyDataGraph.scoped(query, only.get());
            }
            try (QueryExec qe = QueryExec.dataset(target).query(query)
                    .timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                    .set(Service.httpServiceAllowed, false)
                    .set(Service.serviceAllowed, false)
                    .set(StoreView.SCAN_FILTER, StoreView.NAMED_GRAPHS_ONLY)
                    .build()) {
                return work.apply(qe, query);
            } catch (QueryCancelledException e) {
                throw new SparqlError(503, "query timed out",
                        "the query ran longer than the limit of " + timeoutMillis + " ms");
            }
        });
    }

    private static void write(QueryExec qe, Query query, SparqlFormat format, OutputStream out) {
        if (query.isSelectType()) {
            ResultSetMgr.write(out, ResultSet.adapt(qe.select()), format.resultLang);
        } else if (query.isAskType()) {
            ResultSetMgr.write(out, qe.ask(), format.resultLang);
        } else {
            Graph g = query.isConstructType() ? qe.construct() : qe.describe();
            g.getPrefixMapping().setNsPrefixes(query.getPrefixMapping());
            if (format == SparqlFormat.TRIG || format == SparqlFormat.NQUADS) {
                RDFDataMgr.write(out, DatasetGraphFactory.wrap(g), format.rdfLang);
            } else {
                RDFDataMgr.write(out, g, format.rdfLang);
            }
        }
    }
}
