package org.cruxmap.server.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.server.app.ImportRequest;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.store.LocalStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The SPARQL endpoints over HTTP on a real server: protocol features, negotiation, auth and every safety rule. */
class SparqlEndpointTest {
    private static final String TOKEN = "s3cret-token";
    private static final ObjectMapper JSON = new ObjectMapper();

    private KnowledgeBase kb;
    private ApiServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        kb = new KnowledgeBase(LocalStore.inMemory(), Ingest.standard());
        kb.importFile(ImportRequest.of("two.ttl", """
                @prefix cm: <https://w3id.org/cruxmap/ns#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <https://w3id.org/cruxmap/id/statement/a> a cm:Statement, cm:Claim ; rdfs:label "A" ; cm:status cm:verified .
                <https://w3id.org/cruxmap/id/statement/b> a cm:Statement, cm:Crux ; rdfs:label "B" ; cm:status cm:unverified .
                """.getBytes(UTF_8)));
        server = ApiServer.builder().knowledgeBase(kb).port(0).token(TOKEN).queryTimeoutMillis(1500).maxRequestBytes(64 * 1024).build().start();
    }

    @AfterEach
    void stop() {
        server.stop();
        kb.close();
    }

    private HttpRequest.Builder req(String path) { return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)); }

    private HttpResponse<String> send(HttpRequest r) throws Exception { return http.send(r, HttpResponse.BodyHandlers.ofString()); }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        HttpRequest.Builder b = req(path);
        if (accept != null) b.header("Accept", accept);
        return send(b.build());
    }

    private static String q(String s) { return URLEncoder.encode(s, UTF_8); }

    private HttpResponse<String> update(String text, String token) throws Exception {
        HttpRequest.Builder b = req("/update").header("Content-Type", "application/sparql-update").POST(HttpRequest.BodyPublishers.ofString(text));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return send(b.build());
    }

    private static void assertNoStackTrace(HttpResponse<String> r) {
        assertFalse(r.body().contains("\tat ") || r.body().contains("Exception"), "a stack trace or exception name leaked: " + r.body());
    }

    @Test
    void aGetQueryOverTheUnionOfGraphsAnswersSparqlJsonByDefault() throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + q("SELECT ?l WHERE { ?s a cm:Crux ; rdfs:label ?l }"), null);
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/sparql-results+json"));
        assertEquals("B", JSON.readTree(r.body()).at("/results/bindings/0/l/value").asText());
    }

    @Test
    void postedFormsAndDirectQueriesGiveTheSameAnswer() throws Exception {
        String query = "ASK { <https://w3id.org/cruxmap/id/statement/a> a cm:Claim }";
        HttpResponse<String> form = send(req("/sparql").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + q(query))).build());
        HttpResponse<String> direct = send(req("/sparql").header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(query)).build());
        assertEquals(200, form.statusCode());
        assertTrue(JSON.readTree(form.body()).get("boolean").asBoolean());
        assertEquals(form.body(), direct.body());
    }

    @Test
    void eachResultMediaTypeIsHonoured() throws Exception {
        String path = "/sparql?query=" + q("SELECT ?l WHERE { ?s rdfs:label ?l } ORDER BY ?l");
        assertTrue(get(path, "application/sparql-results+xml").body().contains("<literal>A</literal>"));
        assertEquals("l\r\nA\r\nB\r\n", get(path, "text/csv").body());
        assertEquals("?l\n\"A\"\n\"B\"\n", get(path, "text/tab-separated-values").body());
        assertTrue(get(path, "text/html;q=0.9, text/csv;q=0.5").headers().firstValue("content-type").orElse("").startsWith("text/csv"));
    }

    @Test
    void eachGraphMediaTypeIsHonouredForConstruct() throws Exception {
        String path = "/sparql?query=" + q("CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a cm:Crux ; rdfs:label ?l }");
        String[][] cases = {{"text/turtle", "\"B\""}, {"application/n-triples", "<http://www.w3.org/2000/01/rdf-schema#label> \"B\" ."},
                {"application/ld+json", "\"B\""}, {"application/rdf+xml", ">B</"}, {"application/trig", "\"B\""},
                {"application/n-quads", "\"B\" ."}};
        for (String[] c : cases) {
            HttpResponse<String> r = get(path, c[0]);
            assertEquals(200, r.statusCode(), c[0]);
            assertTrue(r.headers().firstValue("content-type").orElse("").startsWith(c[0]), c[0]);
            assertTrue(r.body().contains(c[1]), c[0] + ": " + r.body());
        }
    }

    @Test
    void anAcceptHeaderNothingFitsIsA406() throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + q("SELECT * { ?s ?p ?o }"), "image/png");
        assertEquals(406, r.statusCode());
        assertTrue(JSON.readTree(r.body()).get("detail").asText().contains("application/sparql-results+json"));
        assertEquals(406, get("/sparql?query=" + q("CONSTRUCT WHERE { ?s ?p ?o }"), "text/csv").statusCode());
    }

    @Test
    void aFormatParameterThatDoesNotFitTheAnswerIsA400NamingIt() throws Exception {
        for (String f : new String[] {"docx", "turtle"}) {
            HttpResponse<String> r = get("/sparql?query=" + q("SELECT * { ?s ?p ?o }") + "&format=" + f, null);
            assertEquals(400, r.statusCode(), f);
            JsonNode body = JSON.readTree(r.body());
            assertEquals("bad parameter: format", body.get("error").asText(), r.body());
            assertTrue(body.get("detail").asText().startsWith("'" + f + "' does not fit this answer"), r.body());
        }
    }

    @Test
    void protocolDatasetParametersPickTheGraphs() throws Exception {
        String g = "https://w3id.org/cruxmap/graph/two.ttl";
        HttpResponse<String> named = get("/sparql?query=" + q("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
                + "&named-graph-uri=" + q(g), null);
        JsonNode rows = JSON.readTree(named.body()).at("/results/bindings");
        assertEquals(1, rows.size());
        assertEquals(g, rows.get(0).at("/g/value").asText());
        HttpResponse<String> empty = get("/sparql?query=" + q("ASK { ?s ?p ?o }") + "&default-graph-uri=" + q("http://example.org/none"), null);
        assertFalse(JSON.readTree(empty.body()).get("boolean").asBoolean());
    }

    @Test
    void malformedSparqlIsA400WithTheParsersLineAndColumn() throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + q("SELECT ?s\nWHERE { ?s ?p }"), null);
        assertEquals(400, r.statusCode());
        JsonNode body = JSON.readTree(r.body());
        assertEquals("malformed SPARQL", body.get("error").asText());
        assertEquals(2, body.get("line").asInt());
        assertTrue(body.get("column").asInt() >= 9, "column within the pattern: " + body);
        assertTrue(body.get("detail").asText().contains("line 2, column " + body.get("column").asInt()), body.toString());
        assertNoStackTrace(r);
    }

    @Test
    void anUpdateSentAsAQueryAndAnEmptyQueryAreNamedForWhatTheyAre() throws Exception {
        HttpResponse<String> update = get("/sparql?query=" + q("INSERT DATA { id:x rdfs:label \"x\" }"), null);
        assertEquals(400, update.statusCode());
        assertEquals("this is a SPARQL update, not a query", JSON.readTree(update.body()).get("error").asText(), update.body());
        HttpResponse<String> empty = get("/sparql?query=", null);
        assertEquals(400, empty.statusCode());
        assertEquals("the query is empty", JSON.readTree(empty.body()).get("error").asText(), empty.body());
    }

    @Test
    void aLexicalErrorIsA400AtItsPositionNamingTheCharacter() throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + q("SELEC ?s WHERE { ?s ?p ?o }"), null);
        assertEquals(400, r.statusCode());
        JsonNode body = JSON.readTree(r.body());
        assertEquals(1, body.get("line").asInt(), body.toString());
        assertEquals(6, body.get("column").asInt(), body.toString());
        assertTrue(body.get("detail").asText().contains("Encountered: a space (U+0020)"), body.toString());
        assertNoStackTrace(r);
    }

    @Test
    void aClientAskingForTextGetsTheSyntaxErrorAsText() throws Exception {
        HttpResponse<String> r = get("/sparql?query=" + q("ASK {"), "text/csv");
        assertEquals(400, r.statusCode());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("text/plain"));
        assertTrue(r.body().startsWith("malformed SPARQL: ") && r.body().contains("(line 1, column "), r.body());
        assertEquals(1, r.body().lines().count(), "one line of text: " + r.body());
    }

    @Test
    void serviceIsRefusedEvenInsideExistsAndSubqueries() throws Exception {
        for (String query : new String[] {
                "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
                "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <http://example.org/sparql> { ?s ?p ?o } } }",
                "SELECT * { { SELECT ?s { SERVICE SILENT <http://example.org/sparql> { ?s ?p ?o } } } }"}) {
            HttpResponse<String> r = get("/sparql?query=" + q(query), null);
            assertEquals(400, r.statusCode(), query);
            assertEquals("SERVICE is refused", JSON.readTree(r.body()).get("error").asText());
        }
        HttpResponse<String> u = update("INSERT { ?s ?p ?o } WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", TOKEN);
        assertEquals(400, u.statusCode());
        HttpResponse<String> load = update("LOAD <http://example.org/data.ttl>", TOKEN);
        assertEquals(400, load.statusCode());
        assertEquals("LOAD is refused", JSON.readTree(load.body()).get("error").asText());
    }

    @Test
    void aQueryOverTheTimeLimitIsStoppedWithA503() throws Exception {
        // Ten copies of every triple side by side: with the fixture's few triples, billions of rows to count.
        StringBuilder patterns = new StringBuilder();
        for (int i = 0; i < 10; i++) patterns.append("?s").append(i).append(" ?p").append(i).append(" ?o").append(i).append(" . ");
        String slow = "SELECT (COUNT(*) AS ?n) { " + patterns + "}";
        long t0 = System.nanoTime();
        HttpResponse<String> r = get("/sparql?query=" + q(slow), null);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertEquals("query timed out", JSON.readTree(r.body()).get("error").asText());
        assertTrue(ms < 10_000, "took " + ms + " ms");
        assertNoStackTrace(r);
    }

    @Test
    void aBodyOverTheLimitIsA413() throws Exception {
        String big = "ASK { " + "?s ?p ?o . ".repeat(10_000) + "}";
        HttpResponse<String> r = send(req("/sparql").header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString(big)).build());
        assertEquals(413, r.statusCode());
        assertEquals("request body too large", JSON.readTree(r.body()).get("error").asText());
    }

    @Test
    void writesWithoutATokenAreA401AndWithAWrongTokenA403() throws Exception {
        HttpResponse<String> none = update("INSERT DATA { <urn:x> <urn:p> 1 }", null);
        assertEquals(401, none.statusCode());
        assertTrue(none.headers().firstValue("www-authenticate").orElse("").startsWith("Bearer"));
        HttpResponse<String> wrong = update("INSERT DATA { <urn:x> <urn:p> 1 }", "guess");
        assertEquals(403, wrong.statusCode());
        HttpResponse<String> put = send(req("/data?graph=" + q("http://example.org/g")).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build());
        assertEquals(401, put.statusCode());
        assertFalse(JSON.readTree(get("/sparql?query=" + q("ASK { <urn:x> ?p ?o }"), null).body()).get("boolean").asBoolean());
    }

    @Test
    void withNoTokenConfiguredEveryWriteIsA403() throws Exception {
        ApiServer closed = ApiServer.builder().knowledgeBase(kb).port(0).build().start();
        try {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + closed.port() + "/update"))
                    .header("Content-Type", "application/sparql-update").header("Authorization", "Bearer anything")
                    .POST(HttpRequest.BodyPublishers.ofString("CLEAR ALL")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, r.statusCode());
            assertEquals("writes are disabled", JSON.readTree(r.body()).get("error").asText());
        } finally {
            closed.stop();
        }
    }

    @Test
    void anonymousUpdateIsRefusedOffLoopback() {
        Exception e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ApiServer.builder().knowledgeBase(kb).host("0.0.0.0").port(0).allowAnonymousUpdate(true).build());
        assertTrue(e.getMessage().contains("loopback"));
    }

    @Test
    void anUpdateToTheDefaultGraphIsReadBackAndMovesTheChangeCounterAndTellsListeners() throws Exception {
        long before = kb.store().changeCounter();
        int[] told = {0};
        kb.onWrite((store, graphs) -> told[0]++);
        assertEquals(204, update("INSERT DATA { <urn:x> <urn:p> 1 }", TOKEN).statusCode());
        assertEquals(before + 1, kb.store().changeCounter());
        assertEquals(1, told[0]);
        assertTrue(JSON.readTree(get("/sparql?query=" + q("ASK { <urn:x> <urn:p> 1 }"), null).body()).get("boolean").asBoolean());
        HttpResponse<String> dflt = get("/data?default", "application/n-triples");
        assertEquals("<urn:x> <urn:p> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> .\n", dflt.body());
        HttpResponse<String> g = get("/sparql?query=" + q("SELECT ?g { GRAPH ?g { <urn:x> ?p ?o } }"), null);
        assertEquals("https://w3id.org/cruxmap/graph/default", JSON.readTree(g.body()).at("/results/bindings/0/g/value").asText());
    }

    @Test
    void clearAllLeavesTheSystemRecordsAndTheChangeCounterAlone() throws Exception {
        long before = kb.store().changeCounter();
        assertEquals(204, update("CLEAR ALL ; DROP ALL", TOKEN).statusCode());
        assertFalse(JSON.readTree(get("/sparql?query=" + q("ASK { ?s a cm:Statement }"), null).body()).get("boolean").asBoolean());
        assertEquals(before + 1, kb.store().changeCounter());
        assertTrue(kb.store().<Boolean>read(ds -> ds.getDefaultModel().contains(null, org.cruxmap.ontology.CM.changeCounter)));
        HttpResponse<String> r = update("INSERT DATA { GRAPH <https://w3id.org/cruxmap/system> { <urn:a> <urn:b> 1 } }", TOKEN);
        assertEquals(403, r.statusCode());
    }

    @Test
    void queriesSeeTheImportedDataOnlyNeverTheStoresBookkeeping() throws Exception {
        for (String ask : new String[] {
                "ASK { ?s cm:changeCounter ?n }", "ASK { ?g cm:importedAt ?t }", "ASK { GRAPH ?g { ?s cm:importedAt ?t } }",
                "ASK { GRAPH <https://w3id.org/cruxmap/system> { ?s ?p ?o } }",
                "ASK { GRAPH <urn:x-arq:DefaultGraph> { ?s ?p ?o } }",
                "ASK { GRAPH <urn:x-arq:DefaultGraphNode> { ?s cm:importedFrom ?f } }",
                "ASK { VALUES ?g { <urn:x-arq:DefaultGraph> } GRAPH ?g { ?s ?p ?o } }",
                "ASK FROM <urn:x-arq:DefaultGraph> { ?s cm:importedFrom ?f }",
                "ASK FROM NAMED <urn:x-arq:DefaultGraph> { GRAPH ?g { ?s cm:importedFrom ?f } }"}) {
            assertFalse(JSON.readTree(get("/sparql?query=" + q(ask), null).body()).get("boolean").asBoolean(), ask);
        }
        String viaProtocol = "/sparql?default-graph-uri=" + q("urn:x-arq:DefaultGraph") + "&query=" + q("ASK { ?s cm:importedFrom ?f }");
        assertFalse(JSON.readTree(get(viaProtocol, null).body()).get("boolean").asBoolean(), viaProtocol);
        for (String path : new String[] {
                "ASK { GRAPH <urn:x-arq:DefaultGraph> { ?g cm:importedFrom+ ?f } }",
                "ASK { VALUES ?x { <urn:x-arq:DefaultGraph> } GRAPH ?x { ?s (cm:changeCounter|cm:importedAt)+ ?f } }",
                "ASK { FILTER EXISTS { GRAPH <urn:x-arq:DefaultGraph> { ?s cm:importedFrom/^cm:importedFrom ?t } } }"}) {
            assertFalse(JSON.readTree(get("/sparql?query=" + q(path), null).body()).get("boolean").asBoolean(), path);
        }
        for (String describe : new String[] {"DESCRIBE <https://w3id.org/cruxmap/system#store>", "DESCRIBE ?g WHERE { GRAPH ?g { } }"}) {
            HttpResponse<String> d = get("/sparql?query=" + q(describe), "application/n-triples");
            assertEquals(200, d.statusCode(), describe);
            assertFalse(d.body().contains("changeCounter") || d.body().contains("importedAt") || d.body().contains("importedFrom"), describe + ": " + d.body());
        }
        assertTrue(JSON.readTree(get("/sparql?query=" + q("ASK { ?s a cm:Statement }"), null).body()).get("boolean").asBoolean());
        HttpResponse<String> all = get("/data", "application/n-quads");
        assertEquals(200, all.statusCode());
        assertFalse(all.body().contains("changeCounter") || all.body().contains("importedAt"), all.body());
    }

    @Test
    void anUpdateCannotCopyTheStoresRecordsIntoAGraphAQueryReads() throws Exception {
        for (String where : new String[] {"GRAPH <urn:x-arq:DefaultGraph> { ?s ?p ?o }", "GRAPH ?g { ?s ?p ?o }", "?s ?p ?o"}) {
            HttpResponse<String> r = update("INSERT { GRAPH <urn:copy> { ?s ?p ?o } } WHERE { " + where + " }", TOKEN);
            assertTrue(r.statusCode() / 100 == 2 || r.statusCode() == 403, r.statusCode() + " " + r.body());
            HttpResponse<String> copied = get("/sparql?query=" + q("ASK { GRAPH <urn:copy> { ?s cm:changeCounter|cm:importedFrom|cm:importedAt ?o } }"), null);
            assertFalse(JSON.readTree(copied.body()).get("boolean").asBoolean(), where);
        }
    }

    @Test
    void aFailingUpdateChangesNothing() throws Exception {
        long before = kb.store().changeCounter();
        HttpResponse<String> r = update("INSERT DATA { <urn:y> <urn:p> 1 } ; INSERT DATA { GRAPH <https://w3id.org/cruxmap/system> { <urn:a> <urn:b> 1 } }", TOKEN);
        assertEquals(403, r.statusCode());
        assertEquals(before, kb.store().changeCounter());
        assertFalse(JSON.readTree(get("/sparql?query=" + q("ASK { <urn:y> ?p ?o }"), null).body()).get("boolean").asBoolean());
    }

    @Test
    void theGraphStoreCreatesReplacesReadsAndDeletesAGraph() throws Exception {
        String g = "/data?graph=" + q("http://example.org/g");
        HttpRequest.Builder put = req(g).header("Content-Type", "text/turtle").header("Authorization", "Bearer " + TOKEN);
        assertEquals(201, send(put.PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> \"one\" .")).build()).statusCode());
        assertEquals(204, send(put.PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> \"two\" .")).build()).statusCode());
        HttpResponse<String> read = get(g, "application/n-triples");
        assertEquals("<urn:a> <urn:b> \"two\" .\n", read.body());
        HttpResponse<String> bad = send(req(g).header("Content-Type", "text/turtle").header("Authorization", "Bearer " + TOKEN)
                .POST(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> .\n")).build());
        assertEquals(400, bad.statusCode());
        assertEquals(1, JSON.readTree(bad.body()).get("line").asInt());
        assertEquals(204, send(req(g).header("Authorization", "Bearer " + TOKEN).DELETE().build()).statusCode());
        assertEquals(404, get(g, "text/turtle").statusCode());
        assertEquals(404, send(req(g).header("Authorization", "Bearer " + TOKEN).DELETE().build()).statusCode());
        HttpResponse<String> relative = get("/data?graph=relative", null);
        assertEquals(400, relative.statusCode());
        assertEquals("bad parameter: graph", JSON.readTree(relative.body()).get("error").asText(), relative.body());
        HttpResponse<String> both = get("/data?default&graph=" + q("urn:x"), null);
        assertEquals(400, both.statusCode());
        assertEquals("bad parameters: graph, default", JSON.readTree(both.body()).get("error").asText(), both.body());
    }

    @Test
    void theGraphStoreRefusesTurtleWhoseLastStatementLacksItsDotAsTheImportDoes() throws Exception {
        String g = "/data?graph=" + q("http://example.org/nodot");
        HttpResponse<String> r = send(req(g).header("Content-Type", "text/turtle").header("Authorization", "Bearer " + TOKEN)
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> \"one\" .\n<urn:a> <urn:b> \"two\"\n")).build());
        assertEquals(400, r.statusCode(), r.body());
        assertTrue(r.body().contains("DOT"), r.body());
        assertEquals(404, get(g, "text/turtle").statusCode(), "nothing of it was written");
    }

    @Test
    void aJsonLdGraphNamingARemoteContextIsA400AndTheServerFetchesNothing() throws Exception {
        java.util.concurrent.atomic.AtomicInteger fetched = new java.util.concurrent.atomic.AtomicInteger();
        com.sun.net.httpserver.HttpServer elsewhere = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        elsewhere.createContext("/", exchange -> { fetched.incrementAndGet(); exchange.sendResponseHeaders(404, -1); exchange.close(); });
        elsewhere.start();
        try {
            String g = "/data?graph=" + q("http://example.org/ld");
            String body = "{\"@context\": \"http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/ctx\", \"@id\": \"urn:a\", \"name\": \"A\"}";
            HttpResponse<String> r = send(req(g).header("Content-Type", "application/ld+json").header("Authorization", "Bearer " + TOKEN)
                    .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(JSON.readTree(r.body()).toString().contains("no outbound requests"), r.body());
            assertEquals(0, fetched.get(), "the server fetched the remote context");
            assertEquals(404, get(g, "text/turtle").statusCode());
        } finally {
            elsewhere.stop(0);
        }
    }

    @Test
    void theServiceDescriptionNamesThisEndpointInTurtleRdfXmlOrJsonLd() throws Exception {
        String self = "http://127.0.0.1:" + server.port() + "/sparql";
        assertTrue(get("/sparql", "text/turtle").body().contains("<" + self + ">"));
        assertTrue(get("/sparql", "application/rdf+xml").body().contains(self));
        HttpResponse<String> ld = get("/sparql", "application/ld+json");
        assertTrue(ld.headers().firstValue("content-type").orElse("").startsWith("application/ld+json"));
        assertTrue(ld.body().contains(self));
    }

    @Test
    void updatesAreRefusedOnGetAndQueriesOnTheUpdateEndpoint() throws Exception {
        assertEquals(405, get("/sparql?update=" + q("CLEAR ALL"), null).statusCode());
        HttpResponse<String> r = send(req("/update").header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build());
        assertEquals(415, r.statusCode());
        assertEquals(415, send(req("/sparql").header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("ASK {}")).build()).statusCode());
    }
}
