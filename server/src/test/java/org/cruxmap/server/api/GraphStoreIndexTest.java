package org.cruxmap.server.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.index.IndexProgress;
import org.cruxmap.server.index.SearchHit;
import org.cruxmap.server.index.SearchIndex;
import org.cruxmap.server.index.SearchQuery;
import org.cruxmap.server.sparql.StoreView;
import org.cruxmap.server.store.LocalStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A Graph Store write or a SPARQL Update names the graphs it changed, so the index re-reads those, not the whole store. */
class GraphStoreIndexTest {
    private static final String TOKEN = "t0ken";
    private static final String PREFIX = "@prefix cm: <https://w3id.org/cruxmap/ns#> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n";

    private KnowledgeBase kb;
    private SearchIndex index;
    private ApiServer server;
    private final List<Set<String>> told = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        kb = new KnowledgeBase(LocalStore.inMemory(), Ingest.standard());
        index = SearchIndex.inMemory(kb.store(), IndexProgress.NONE);
        kb.onWrite(index);
        kb.onWrite((store, graphs) -> told.add(graphs));
        server = ApiServer.builder().knowledgeBase(kb).index(index).port(0).token(TOKEN).build().start();
    }

    @AfterEach
    void stop() {
        server.stop();
        index.close();
        kb.close();
    }

    private int send(String method, String path, String turtle) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/turtle");
        b.method(method, turtle == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(PREFIX + turtle, UTF_8));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    private static String claim(String id, String label) {
        return "<https://w3id.org/cruxmap/id/statement/" + id + "> a cm:Statement, cm:Claim ; rdfs:label \"" + label + "\" ; cm:status cm:verified .";
    }

    private List<String> found(String q) { return index.search(SearchQuery.of(q)).hits().stream().map(SearchHit::id).toList(); }

    @Test
    void eachWriteNamesItsGraphAndTheIndexFollowsIt() throws Exception {
        assertEquals(201, send("PUT", "/data?graph=urn:test:g", claim("alpha", "Alpha finding")));
        assertEquals(Set.of("urn:test:g"), told.get(told.size() - 1));
        assertEquals(204, send("PUT", "/data?default", claim("beta", "Beta finding")));
        assertEquals(Set.of(StoreView.DEFAULT_GRAPH), told.get(told.size() - 1));
        assertEquals(204, send("POST", "/data?graph=urn:test:g", claim("gamma", "Gamma finding")));
        assertEquals(Set.of("urn:test:g"), told.get(told.size() - 1));
        assertEquals(List.of("statement/alpha", "statement/beta", "statement/gamma"), found("finding").stream().sorted().toList());

        assertEquals(204, send("PUT", "/data?graph=urn:test:g", claim("delta", "Delta finding")));
        assertEquals(List.of("statement/beta", "statement/delta"), found("finding").stream().sorted().toList(), "the graph replaced, the default graph kept");
        assertEquals(204, send("DELETE", "/data?default", null));
        assertEquals(Set.of(StoreView.DEFAULT_GRAPH), told.get(told.size() - 1));
        assertEquals(List.of("statement/delta"), found("finding"));
    }

    private int update(String text) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/update"))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(PREFIX.replace("@prefix", "PREFIX").replace(" .\n", "\n") + text, UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
    }

    @Test
    void aSparqlUpdateNamesTheGraphsItsTextNamesAndTheIndexAgreesWithARebuild() throws Exception {
        assertEquals(201, send("PUT", "/data?graph=urn:a", claim("alpha", "Alpha finding")));
        assertEquals(201, send("PUT", "/data?graph=urn:b", claim("beta", "Beta finding")));
        assertEquals(204, update("DELETE { GRAPH <urn:a> { ?s rdfs:label ?l } } INSERT { GRAPH <urn:a> { ?s rdfs:label \"Alpha result\" } } "
                + "WHERE { GRAPH <urn:a> { ?s rdfs:label ?l } }"));
        assertEquals(Set.of("urn:a"), told.get(told.size() - 1));
        assertEquals(List.of("statement/alpha"), found("result"));
        assertEquals(List.of("statement/beta"), found("finding"));
        assertAgreesWithARebuild();
        // a name kept in another graph: the statement holding its person is re-read with it
        assertEquals(201, send("PUT", "/data?graph=urn:people", "<https://w3id.org/cruxmap/id/person/ann> a cm:Person ; cm:name \"Ann Old\" ."));
        assertEquals(204, update("INSERT DATA { GRAPH <urn:a> { <https://w3id.org/cruxmap/id/statement/alpha> cm:heldBy <https://w3id.org/cruxmap/id/person/ann> } }"));
        assertEquals(204, update("DELETE DATA { GRAPH <urn:people> { <https://w3id.org/cruxmap/id/person/ann> cm:name \"Ann Old\" } } ; "
                + "INSERT DATA { GRAPH <urn:people> { <https://w3id.org/cruxmap/id/person/ann> cm:name \"Ann Newname\" } }"));
        assertEquals(Set.of("urn:people"), told.get(told.size() - 1));
        assertEquals(List.of("person/ann", "statement/alpha"), found("Newname").stream().sorted().toList());
        assertAgreesWithARebuild();
        assertEquals(204, update("DELETE { GRAPH ?g { ?s rdfs:label ?l } } WHERE { GRAPH ?g { ?s rdfs:label ?l FILTER(?l = \"Beta finding\") } }"));
        assertEquals(Set.of(), told.get(told.size() - 1), "a graph named by a variable: any graph, all re-read");
        assertEquals(List.of(), found("finding"));
        assertAgreesWithARebuild();
    }

    /** Every node, as the index now lists and finds it, is as a rebuild from the store gives it. */
    private void assertAgreesWithARebuild() {
        List<String> followed = index.search(SearchQuery.of("*").withLimit(100)).hits().stream().map(h -> h.id() + " " + h.label() + " " + h.text()).toList();
        List<String> byName = found("Newname");
        index.reindex(IndexProgress.NONE);
        assertEquals(index.search(SearchQuery.of("*").withLimit(100)).hits().stream().map(h -> h.id() + " " + h.label() + " " + h.text()).toList(), followed);
        assertEquals(found("Newname"), byName);
    }
}
