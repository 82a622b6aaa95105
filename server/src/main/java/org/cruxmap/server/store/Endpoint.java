package org.cruxmap.server.store;

import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.function.Supplier;
import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.rdfconnection.RDFConnectionRemote;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.update.UpdateRequest;
import org.cruxmap.ontology.CM;

/**
 * A SPARQL 1.1 endpoint seen through the few requests a remote store makes: read the change
 * counter, fetch a graph or the whole dataset (Graph Store Protocol), and send one update. Every
 * failure to reach it, or an error answer, becomes a {@link StoreException} naming the URL.
 * Requests go to the configured URL only.
 */
final class Endpoint implements AutoCloseable {
    private static final String COUNTER = "SELECT ?c WHERE { GRAPH <" + CM.SYSTEM_GRAPH + "> { <"
            + SystemGraph.STORE.getURI() + "> <" + CM.changeCounter.getURI() + "> ?c } }";

    private final String url;
    private final HttpClient http;
    private final RDFConnection conn;

    Endpoint(String url, Duration connectTimeout) {
        this.url = url;
        this.http = HttpClient.newBuilder().connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        // Query, update and Graph Store Protocol all at the dataset URL, as Fuseki serves them.
        this.conn = RDFConnectionRemote.newBuilder().destination(url).httpClient(http)
                .triplesFormat(Lang.NTRIPLES).quadsFormat(Lang.NQUADS)
                .acceptHeaderGraph("application/n-triples").acceptHeaderDataset("application/n-quads")
                .parseCheckSPARQL(false).build();
    }

    String url() { return url; }

    /** The change counter the endpoint's system graph holds (0 for a store Cruxmap never wrote). */
    long counter() {
        return call("read the change counter", () -> {
            long[] c = {0};
            conn.querySelect(COUNTER, (QuerySolution s) -> {
                if (s.get("c").isLiteral()) c[0] = Math.max(c[0], s.getLiteral("c").getLong());
            });
            return c[0];
        });
    }

    /** One named graph (empty when the endpoint has none of that name). */
    Model fetch(String graphIri) {
        return call("fetch <" + graphIri + ">", () -> {
            try {
                return conn.fetch(graphIri);
            } catch (HttpException e) {
                if (e.getStatusCode() == 404) return ModelFactory.createDefaultModel();
                throw e;
            }
        });
    }

    /** Every quad the endpoint holds, in one request. */
    Dataset fetchAll() {
        return call("fetch the dataset", conn::fetchDataset);
    }

    /** Sends one update request; the endpoint runs it as one transaction. */
    void update(UpdateRequest request) {
        call("write", () -> {
            conn.update(request);
            return null;
        });
    }

    private <T> T call(String what, Supplier<T> work) {
        try {
            return work.get();
        } catch (HttpException | QueryException | RiotException | org.apache.jena.rdfconnection.JenaConnectionException e) {
            throw new StoreException("the remote store " + url + " could not " + what + ": " + reason(e), e);
        }
    }

    /** A short, human reason: the HTTP status, or what went wrong with the connection. */
    static String reason(Throwable e) {
        if (e instanceof HttpException h && h.getStatusCode() > 0) return "HTTP " + h.getStatusCode() + statusText(h.getStatusLine());
        if (e instanceof QueryExceptionHTTP q && q.getStatusCode() > 0) return "HTTP " + q.getStatusCode() + statusText(q.getStatusLine());
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) return "connection refused (is it running?)";
            if (t instanceof HttpTimeoutException) return "timed out";
            if (t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException) return "unknown host";
            if (t instanceof java.io.IOException io && io.getMessage() != null) return io.getMessage();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static String statusText(String line) {
        return line == null || line.isBlank() ? "" : " (" + line.strip() + ")";
    }

    @Override
    public void close() {
        conn.close();
    }
}
