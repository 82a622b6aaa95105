package org.cruxmap.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
        importTurtle("q.ttl", """
                s:q1 a cm:Crux ; rdfs:label "Q1?" ; cm:status cm:unverified ; cm:isCruxFor s:r .
                s:q2 a cm:Crux ; rdfs:label "Q2?" ; cm:status cm:unverified ; cm:attacks s:r .
                s:r a cm:Claim ; rdfs:label "R" ; cm:status cm:unverified .
                """);
        CruxImpacts impacts = new CruxImpacts(api.kb.store(), java.time.Duration.ZERO);
        CruxImpacts.Known first = impacts.versioned();
        assertEquals(false, first.ranking().complete());
        int cruxes = first.ranking().cruxes();
        int got = first.ranking().impacts().size();
        for (int i = 0; i < cruxes && !impacts.versioned().ranking().complete(); i++) got++;
        CruxImpacts.Known last = impacts.versioned();
        assertEquals(true, last.ranking().complete(), "after " + got + " of " + cruxes);
        assertEquals(cruxes, last.ranking().impacts().size());
        JsonNode whole = api.json("/api/crux-impact");
        assertEquals(true, whole.get("complete").asBoolean(), "the route's own limit is ample for this map");
        assertEquals(whole.get("total").asInt(), whole.get("cruxes").size());
    }
}
