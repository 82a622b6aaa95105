package org.cruxmap.server.api;

import org.cruxmap.server.index.SearchQuery;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.server.app.ImportRequest;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.index.IndexProgress;
import org.cruxmap.server.index.SearchIndex;
import org.cruxmap.server.store.InProcessFuseki;
import org.cruxmap.server.store.RemoteStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Two Cruxmap servers sharing one real Fuseki: what one writes, the other serves; the store going away and coming back. */
class RemoteStoreServersTest {
    private static final long POLL = 200;
    private static final String TOKEN = "secret";
    private static final String MAP = """
            @prefix cm: <https://w3id.org/cruxmap/ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix id: <https://w3id.org/cruxmap/id/> .
            id:statement\\/quokka a cm:Statement, cm:Claim ; rdfs:label "Quokkas stay coherent under scaling" ;
                cm:text "A claim with a word no other node has: quokka." ; cm:status cm:unverified ; cm:supports id:statement\\/wombat .
            id:statement\\/wombat a cm:Statement, cm:Crux ; rdfs:label "Do wombats maximize expected utility?" ; cm:status cm:secondary .
            """;
    private static final String MORE = """
            @prefix cm: <https://w3id.org/cruxmap/ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            <https://w3id.org/cruxmap/id/statement/platypus> a cm:Statement, cm:Evidence ; rdfs:label "Platypus evidence" ; cm:status cm:verified .
            """;

    private final InProcessFuseki fuseki = new InProcessFuseki();
    private final HttpClient http = HttpClient.newHttpClient();
    private final Server a = new Server();
    private final Server b = new Server();

    /** One Cruxmap server (store, index, HTTP) on the shared Fuseki. */
    private final class Server implements AutoCloseable {
        final KnowledgeBase kb = new KnowledgeBase(RemoteStore.connect(fuseki.url(), POLL), Ingest.standard());
        final SearchIndex index = SearchIndex.inMemory(kb.store(), IndexProgress.NONE);
        final ApiServer api;

        Server() {
            kb.onWrite(index);
            api = ApiServer.builder().knowledgeBase(kb).index(index).port(0).token(TOKEN).build().start();
        }

        HttpResponse<String> get(String path, String... headers) throws Exception {
            var r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + path));
            if (headers.length > 0) r.headers(headers);
            return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
        }

        JsonNode json(String path) throws Exception {
            HttpResponse<String> r = get(path);
            assertEquals(200, r.statusCode(), path + ": " + r.body());
            return ApiFixture.JSON.readTree(r.body());
        }

        HttpResponse<String> put(String graph, String turtle) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + api.port() + "/data?graph=" + enc(graph)))
                    .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString(turtle)).build(), HttpResponse.BodyHandlers.ofString());
        }

        @Override
        public void close() {
            api.stop();
            index.close();
            kb.close();
        }
    }

    private static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    @AfterEach
    void stop() {
        a.close();
        b.close();
        fuseki.close();
    }

    @Test
    void aWriteThatTakesInAnotherServersWriteIndexesThatOneToo() throws Exception {
        assertEquals(0, b.json("/api/search?q=quokka").get("total").asInt());
        assertEquals(201, a.put("urn:test:map", MAP).statusCode());
        // b writes before it has polled: the refresh around its own write takes in a's, which its index must follow too
        assertEquals(201, b.put("urn:test:more", MORE).statusCode());
        assertEquals(List.of("statement/quokka"), ids(b.index.search(SearchQuery.of("quokka"))));
        assertEquals(List.of("statement/platypus"), ids(b.index.search(SearchQuery.of("platypus"))));
    }

    private static List<String> ids(org.cruxmap.server.index.SearchResult r) { return r.hits().stream().map(org.cruxmap.server.index.SearchHit::id).toList(); }

    @Test
    void whatOneServerImportsTheOtherSearchesAndServesOnceThePollIntervalHasPassed() throws Exception {
        assertEquals(0, b.json("/api/search?q=quokka").get("total").asInt());
        String etag = b.get("/api/search?q=quokka").headers().firstValue("ETag").orElseThrow();

        a.kb.importFile(ImportRequest.of("quokka.ttl", MAP.getBytes(StandardCharsets.UTF_8)));
        Thread.sleep(POLL + 50);

        JsonNode hits = b.json("/api/search?q=quokka");
        assertEquals(1, hits.get("total").asInt(), hits.toString());
        assertEquals("statement/quokka", hits.get("hits").get(0).get("id").asText());
        assertEquals(200, b.get("/api/search?q=quokka", "If-None-Match", etag).statusCode(), "the old ETag is no longer current");
        assertEquals("Quokkas stay coherent under scaling", b.json("/api/nodes/statement/quokka").get("label").asText());
        JsonNode graph = b.json("/api/graph?focus=statement/quokka&depth=1");
        assertEquals(2, graph.get("nodes").size(), graph.toString());
        assertEquals(1, graph.get("edges").size(), graph.toString());
        String ask = b.get("/sparql?query=" + enc("ASK { ?s a cm:Crux ; rdfs:label \"Do wombats maximize expected utility?\" }"),
                "Accept", "application/sparql-results+json").body();
        assertTrue(ask.contains("true"), ask);
        assertEquals(1, b.json("/api/suggest?q=quok").get("suggestions").size());
    }

    @Test
    void aGraphStoreProtocolWriteAndARemovalThroughOneServerReachTheOthersSearch() throws Exception {
        a.kb.importFile(ImportRequest.of("quokka.ttl", MAP.getBytes(StandardCharsets.UTF_8)));
        assertEquals(201, b.put("https://example.org/more", MORE).statusCode());
        Thread.sleep(POLL + 50);
        assertEquals(1, a.json("/api/search?q=platypus").get("total").asInt());

        a.kb.removeGraph(org.cruxmap.server.store.GraphRecord.graphFor("quokka.ttl"));
        Thread.sleep(POLL + 50);

        assertEquals(0, b.json("/api/search?q=quokka").get("total").asInt(), "the removed graph's nodes left the other server's index");
        assertEquals(404, b.get("/api/nodes/statement/quokka").statusCode());
        assertEquals(1, b.json("/api/search?q=platypus").get("total").asInt());
    }

    @Test
    void whileTheStoreIsDownEveryRouteAnswers503JsonAndFullServiceReturnsWithIt() throws Exception {
        a.kb.importFile(ImportRequest.of("quokka.ttl", MAP.getBytes(StandardCharsets.UTF_8)));
        fuseki.stop();
        Thread.sleep(POLL + 50);

        for (String path : new String[] {"/api/search?q=quokka", "/api/nodes/statement/quokka", "/api/graph", "/api/health",
                "/api/suggest?q=quo", "/sparql?query=" + enc("SELECT * WHERE { ?s ?p ?o } LIMIT 1")}) {
            HttpResponse<String> r = b.get(path);
            assertEquals(503, r.statusCode(), path + ": " + r.body());
            JsonNode body = ApiFixture.JSON.readTree(r.body());
            assertEquals("the store is unavailable", body.get("error").asText(), path);
            assertTrue(body.get("detail").asText().contains(fuseki.url()), body.toString());
            assertFalse(r.body().contains("at org."), "no stack trace: " + r.body());
        }
        HttpResponse<String> write = a.put("https://example.org/more", MORE);
        assertEquals(503, write.statusCode(), write.body());
        assertEquals("the store is unavailable", ApiFixture.JSON.readTree(write.body()).get("error").asText());

        fuseki.restart();

        assertEquals(1, b.json("/api/search?q=quokka").get("total").asInt());
        assertEquals("ok", b.json("/api/health").get("status").asText());
        assertEquals(201, a.put("https://example.org/more", MORE).statusCode(), "the write refused while down now lands");
        Thread.sleep(POLL + 50);
        assertEquals(1, b.json("/api/search?q=platypus").get("total").asInt());
        assertNotEquals(0, b.json("/api/health").get("changeCounter").asLong());
    }
}
