package org.cruxmap.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Set;
import org.cruxmap.server.app.ImportRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NodeGraphCruxRoutesTest {
    static ApiFixture api;

    @BeforeAll static void start() throws Exception { api = new ApiFixture(); }

    @AfterAll static void stop() { api.close(); }

    private static Set<String> ids(JsonNode array) {
        Set<String> out = new HashSet<>();
        array.forEach(n -> out.add(n.get("id").asText()));
        return out;
    }

    @Test
    void aNodeComesWithItsQuoteInsideItsSourceItsPeopleAndItsRelationsGroupedByKind() throws Exception {
        JsonNode n = api.json("/api/nodes/statement/planning");
        assertEquals("claim", n.get("type").asText());
        assertEquals("verified", n.get("status").asText());
        assertEquals("Good planners look coherent from outside.", n.get("text").asText());
        JsonNode quote = n.get("quotes").get(0);
        assertEquals("Agents that plan well look coherent.", quote.get("exact").asText());
        assertEquals(0, quote.get("start").asInt());
        assertEquals(36, quote.get("end").asInt());
        assertEquals("source/note", quote.get("source").get("id").asText());
        assertEquals(Set.of("person/ann"), ids(n.get("holders")));
        assertEquals(Set.of("person/bob"), ids(n.get("rejecters")));
        assertEquals(Set.of("statement/worldview"), ids(n.get("relationsOut").get("support")));
        assertEquals("person/ann", n.get("relationProvenance").get(0).get("assertedBy").get(0).get("id").asText());
        JsonNode world = api.json("/api/nodes/statement/worldview");
        assertEquals(Set.of("statement/planning"), ids(world.get("relationsIn").get("support")));
        assertEquals(Set.of("statement/scaling"), ids(world.get("relationsIn").get("attack")));
    }

    @Test
    void aSourceNodeCarriesItsFullTextAndTheQuotesAnchoredInIt() throws Exception {
        JsonNode s = api.json("/api/nodes/source/note");
        assertEquals("source", s.get("type").asText());
        assertTrue(s.get("source").get("fullText").asText().startsWith("Agents that plan well"));
        assertEquals(Set.of("statement/planning"), ids(s.get("source").get("quotes").get(0).get("statements")));
        assertEquals(Set.of("person/ann"), ids(s.get("source").get("authors")));
    }

    @Test
    void anUnknownNodeIsA404AndAMalformedIdA400() throws Exception {
        var missing = api.get("/api/nodes/statement/nothing-here");
        assertEquals(404, missing.statusCode());
        assertEquals("not found", ApiFixture.JSON.readTree(missing.body()).get("error").asText());
        var bad = api.get("/api/nodes/statement/a%20b");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.body().contains("bad parameter: id"), bad.body());
    }

    @Test
    void theGraphWalksBothDirectionsToTheDepthAndSaysWhenItWasCut() throws Exception {
        JsonNode one = api.json("/api/graph?focus=statement/scaling&depth=1");
        assertEquals(Set.of("statement/scaling", "statement/worldview", "statement/route", "statement/hotmess", "statement/far"),
                ids(one.get("nodes")));
        assertFalse(one.get("truncated").asBoolean());
        JsonNode two = api.json("/api/graph?focus=statement/scaling&depth=2");
        assertTrue(ids(two.get("nodes")).containsAll(Set.of("statement/planning", "argument/from-planning")));
        boolean premiseEdge = false;
        for (JsonNode e : two.get("edges")) {
            if (e.get("kind").asText().equals("premise")) {
                premiseEdge = e.get("source").asText().equals("statement/planning") && e.get("target").asText().equals("argument/from-planning");
            }
        }
        assertTrue(premiseEdge, "premises point at their argument");
        JsonNode cut = api.json("/api/graph?focus=statement/scaling&depth=2&limit=3");
        assertEquals(3, cut.get("nodes").size());
        assertTrue(cut.get("truncated").asBoolean());
        JsonNode attacksOnly = api.json("/api/graph?focus=statement/scaling&depth=3&kinds=attack");
        assertEquals(Set.of("statement/scaling", "statement/worldview"), ids(attacksOnly.get("nodes")));
    }

    @Test
    void badGraphParametersAreA400NamingTheParameter() throws Exception {
        for (String[] c : new String[][] {{"depth=-1", "depth"}, {"depth=x", "depth"}, {"limit=0", "limit"},
                {"kinds=hugs", "kinds"}, {"types=planet", "types"}, {"focus=a<b", "focus"}}) {
            var r = api.get("/api/graph?" + c[0].replace("<", "%3C"));
            assertEquals(400, r.statusCode(), c[0]);
            assertTrue(r.body().contains("bad parameter: " + c[1]), r.body());
        }
        assertEquals(404, api.get("/api/graph?focus=statement/nothing").statusCode());
    }

    @Test
    void cruxesSayForWhomTheyAreAndForWhomTheyAreNotWithTheEvidenceOnEachSide() throws Exception {
        JsonNode c = api.json("/api/cruxes");
        assertEquals(1, c.get("total").asInt());
        JsonNode route = c.get("cruxes").get(0);
        assertEquals("statement/route", route.get("crux").get("id").asText());
        assertEquals("person/bob", route.get("isCruxFor").get(0).get("agent").get("id").asText());
        assertEquals("statement/scaling", route.get("isCruxFor").get(0).get("cruxFor").get("id").asText());
        assertEquals("person/ann", route.get("isNotCruxFor").get(0).get("agent").get("id").asText());
        assertEquals(0, route.get("cruxForUnattributed").size(), "the plain triple is covered by Bob's assertion");
        assertEquals(Set.of("statement/hotmess"), ids(route.get("evidence").get("con")));
    }

    @Test
    void aGetAnswersNotModifiedToItsOwnEtagUntilTheStoreChanges() throws Exception {
        var first = api.get("/api/nodes/statement/planning");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        var again = api.get("/api/nodes/statement/planning", "If-None-Match", etag);
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        api.kb.importFile(ImportRequest.of("extra.ttl", """
                <https://w3id.org/cruxmap/id/statement/new> a <https://w3id.org/cruxmap/ns#Claim> ;
                  <http://www.w3.org/2000/01/rdf-schema#label> "New" ; <https://w3id.org/cruxmap/ns#status> <https://w3id.org/cruxmap/ns#unverified> .
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        var after = api.get("/api/nodes/statement/planning", "If-None-Match", etag);
        assertEquals(200, after.statusCode());
        assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
        api.kb.removeGraph(org.cruxmap.server.store.GraphRecord.graphFor("extra.ttl"));
    }

    @Test
    void aRequestThatWouldBeAnErrorIsAnsweredAsThatErrorWhateverEtagItSends() throws Exception {
        String etag = api.get("/api/nodes/statement/planning").headers().firstValue("ETag").orElseThrow();
        var missing = api.get("/api/nodes/statement/nope", "If-None-Match", etag);
        assertEquals(404, missing.statusCode());
        assertTrue(missing.headers().firstValue("ETag").isEmpty(), "an error carries no ETag");
        assertEquals(400, api.get("/api/search?q=x&limit=abc", "If-None-Match", etag).statusCode());
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        var r = api.get("/api/health");
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("script-src 'self'"));
        assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), "CORS is off by default");
    }
}
