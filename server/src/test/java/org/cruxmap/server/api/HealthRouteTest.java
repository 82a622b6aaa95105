package org.cruxmap.server.api;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
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

class HealthRouteTest {
    private KnowledgeBase kb;
    private ApiServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        kb = new KnowledgeBase(LocalStore.inMemory(), Ingest.standard());
        server = ApiServer.builder().knowledgeBase(kb).port(0).build().start();
    }

    @AfterEach
    void stop() {
        server.stop();
        kb.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthCountsTheStatementsAndNamesTheStoreKind() throws Exception {
        kb.importFile(ImportRequest.of("two.ttl", """
                @prefix cm: <https://w3id.org/cruxmap/ns#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <https://w3id.org/cruxmap/id/statement/a> a cm:Statement, cm:Claim ; rdfs:label "A" ; cm:status cm:verified .
                <https://w3id.org/cruxmap/id/statement/b> a cm:Statement, cm:Crux ; rdfs:label "B" ; cm:status cm:unverified .
                """.getBytes(UTF_8)));

        HttpResponse<String> r = get("/api/health");

        assertEquals(200, r.statusCode());
        JsonNode body = new ObjectMapper().readTree(r.body());
        assertEquals("ok", body.get("status").asText());
        assertEquals(2, body.get("statements").asInt());
        assertEquals("mem", body.get("store").asText());
        assertEquals(1, body.get("graphs").asInt());
    }

    @Test
    void aKnownRouteAskedWithAnotherMethodIsA405NamingTheMethodsItTakes() throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/health"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, r.statusCode(), r.body());
        JsonNode body = new ObjectMapper().readTree(r.body());
        assertEquals("method not allowed", body.get("error").asText());
        assertTrue(body.get("detail").asText().startsWith("POST /api/health"), r.body());
        assertTrue(r.headers().firstValue("allow").orElse("").contains("GET"), r.headers().map().toString());
    }

    @Test
    void anUnknownRouteIsA404WithAJsonBody() throws Exception {
        HttpResponse<String> r = get("/api/nowhere");
        assertEquals(404, r.statusCode());
        JsonNode body = new ObjectMapper().readTree(r.body());
        assertEquals("not found", body.get("error").asText());
        assertTrue(r.headers().firstValue("content-type").orElse("").startsWith("application/json"));
    }

    @Test
    void aHeadRequestGetsTheStatusAndTypeAGetWould() throws Exception {
        for (String path : new String[] {"/api/health", "/api/nodes/statement/nope", "/api/search?q=x&type=bogus", "/openapi.json"}) {
            HttpResponse<String> got = get(path);
            HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(got.statusCode(), head.statusCode(), path);
            assertEquals(got.headers().firstValue("content-type"), head.headers().firstValue("content-type"), path);
        }
    }
}
