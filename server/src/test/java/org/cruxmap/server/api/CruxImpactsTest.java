package org.cruxmap.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import org.cruxmap.server.app.ImportRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Both crux routes share the impacts worked out for a version of the store, and a write makes them anew. */
class CruxImpactsTest {
    private static final String PREFIXES = "@prefix cm: <https://w3id.org/cruxmap/ns#> .\n"
            + "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n@prefix s: <https://w3id.org/cruxmap/id/statement/> .\n";
    /** Two cruxes on one claim: one decides it, the other attacks it. */
    private static final String TWO_CRUXES = """
            s:q1 a cm:Crux ; rdfs:label "Q1?" ; cm:status cm:unverified ; cm:isCruxFor s:r .
            s:q2 a cm:Crux ; rdfs:label "Q2?" ; cm:status cm:unverified ; cm:attacks s:r .
            s:r a cm:Claim ; rdfs:label "R" ; cm:status cm:unverified .
            """;
    private ApiFixture api;

    @BeforeEach void start() throws Exception { api = new ApiFixture(); }

    @AfterEach void stop() { api.close(); }

    private void importTurtle(String file, String body) {
        var o = api.kb.importFile(ImportRequest.of(file, (PREFIXES + body).getBytes(StandardCharsets.UTF_8)));
        if (!o.written()) throw new IllegalStateException(o.diagnostics().toString());
    }

    private int impactOf(String route, String id) throws Exception {
        for (JsonNode c : api.json(route).get("cruxes")) if (c.at("/crux/id").asText().equals(id)) return c.get("impact").asInt();
        throw new AssertionError(id + " is not listed by " + route);
    }

    @Test
    void aWriteBetweenTwoRequestsChangesTheImpactBothRoutesGive() throws Exception {
        importTurtle("q.ttl", """
                s:q a cm:Crux ; rdfs:label "Q?" ; cm:status cm:unverified ; cm:isCruxFor s:r .
                s:r a cm:Claim ; rdfs:label "R" ; cm:status cm:unverified .
                """);
        assertEquals(1, impactOf("/api/crux-impact", "statement/q"));
        assertEquals(1, impactOf("/api/cruxes", "statement/q"), "the second route reads the same version");
        importTurtle("t.ttl", """
                s:r cm:attacks s:t .
                s:t a cm:Claim ; rdfs:label "T" ; cm:status cm:unverified .
                """);
        assertEquals(2, impactOf("/api/cruxes", "statement/q"), "r now decides t as well");
        assertEquals(2, impactOf("/api/crux-impact", "statement/q"));
    }

    @Test
    void aRouteThatRunsOutOfTimeSaysSoAndTheNextRequestGoesOn() throws Exception {
        importTurtle("q.ttl", TWO_CRUXES);
        CruxImpacts impacts = new CruxImpacts(api.kb.store(), java.time.Duration.ZERO);
        CruxImpacts.Known first = impacts.versioned();
        assertFalse(first.ranking().complete());
        int cruxes = first.ranking().cruxes();
        int requests = 1; // each settles one more node: a crux and the statement it decides take two
        while (!impacts.versioned().ranking().complete() && requests < 2 * cruxes) requests++;
        CruxImpacts.Known last = impacts.versioned();
        assertTrue(last.ranking().complete(), "within two requests per crux, " + requests + " of them");
        assertEquals(cruxes, last.ranking().impacts().size());
        JsonNode whole = api.json("/api/crux-impact");
        assertTrue(whole.get("complete").asBoolean(), "the route's own limit is ample for this map");
        assertEquals(whole.get("total").asInt(), whole.get("cruxes").size());
    }

    @Test
    void anUnfinishedAnswerIsNeitherTaggedNorCachedSoTheNextRequestShowsItsProgress() throws Exception {
        importTurtle("q.ttl", TWO_CRUXES);
        ApiServer slow = ApiServer.builder().knowledgeBase(api.kb).port(0).cruxImpactLimit(java.time.Duration.ZERO).build().start();
        try {
            java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
            JsonNode sorted = ApiFixture.JSON.readTree(http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                    "http://127.0.0.1:" + slow.port() + "/api/cruxes?sort=impact")).build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body());
            boolean nullSeen = false;
            for (JsonNode c : sorted.get("cruxes")) {
                assertFalse(nullSeen && !c.get("impact").isNull(), "a crux not worked out yet comes after those with an impact: " + sorted);
                nullSeen |= c.get("impact").isNull();
            }
            assertTrue(nullSeen, "the first request leaves some cruxes for later");
            java.net.URI uri = java.net.URI.create("http://127.0.0.1:" + slow.port() + "/api/crux-impact");
            java.util.List<Integer> seen = new java.util.ArrayList<>();
            java.net.http.HttpResponse<String> r;
            do {
                r = http.send(java.net.http.HttpRequest.newBuilder(uri).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
                JsonNode body = ApiFixture.JSON.readTree(r.body());
                seen.add(body.get("cruxes").size());
                if (!body.get("complete").asBoolean()) {
                    assertEquals(java.util.Optional.empty(), r.headers().firstValue("ETag"), "an unfinished answer has no ETag");
                    assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
                } else {
                    assertTrue(r.headers().firstValue("ETag").isPresent(), "the finished answer is tagged");
                }
            } while (!ApiFixture.JSON.readTree(r.body()).get("complete").asBoolean() && seen.size() < 50);
            assertTrue(seen.size() > 1 && seen.get(0) < seen.get(seen.size() - 1), "each request went further: " + seen);
        } finally {
            slow.stop();
        }
    }
}
