package org.cruxmap.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.cruxmap.server.app.ImportRequest;
import org.cruxmap.server.store.GraphRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The analysis routes on the real server over the small API map plus the analysis fixtures. */
class AnalysisRoutesTest {
    static ApiFixture api;

    @BeforeAll static void start() throws Exception {
        api = new ApiFixture();
        for (String f : List.of("crux-impact.ttl", "positions.ttl")) {
            try (InputStream in = AnalysisRoutesTest.class.getResourceAsStream("/analysis/" + f)) {
                var o = api.kb.importFile(ImportRequest.of(f, in.readAllBytes()));
                if (!o.written()) throw new IllegalStateException(o.diagnostics().toString());
            }
        }
    }

    @AfterAll static void stop() { api.close(); }

    private static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(field == null ? n.asText() : n.at(field).asText()));
        return out;
    }

    @Test
    void groundedLabelsEveryStatementAndArgumentOfTheWholeMap() throws Exception {
        JsonNode r = api.json("/api/semantics?semantics=grounded");
        assertEquals("grounded", r.get("semantics").asText());
        assertTrue(r.get("complete").asBoolean());
        JsonNode labels = r.get("labels");
        assertEquals("in", labels.get("statement/scaling").asText(), "unattacked");
        assertEquals("out", labels.get("statement/worldview").asText(), "attacked by scaling, which is in");
        assertEquals("in", labels.get("argument/from-planning").asText());
        assertEquals("undec", labels.get("statement/k").asText());
        assertEquals("out", labels.get("statement/t1").asText());
        Set<String> ext = new HashSet<>(texts(r.get("extensions").get(0), null));
        assertTrue(ext.contains("statement/scaling") && !ext.contains("statement/worldview"));
        assertEquals(1, r.get("extensions").size());
    }

    @Test
    void preferredGivesBothSidesOfAContestedCruxAndStableTheSame() throws Exception {
        JsonNode p = api.json("/api/semantics?semantics=preferred");
        assertEquals(2, p.get("extensions").size(), "k against m is the only even cycle of the maps");
        assertEquals("undec", p.get("labels").get("statement/k").asText(), "sceptically undecided");
        assertEquals("in", p.get("labels").get("statement/scaling").asText());
        JsonNode s = api.json("/api/semantics?semantics=STABLE");
        assertEquals(2, s.get("extensions").size());
    }

    @Test
    void theGraphParameterRestrictsTheAnswerToOneImportedFile() throws Exception {
        String g = GraphRecord.graphFor("crux-impact.ttl");
        JsonNode r = api.json("/api/semantics?graph=" + java.net.URLEncoder.encode(g, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(g, r.get("graph").asText());
        assertTrue(r.get("labels").has("statement/k"));
        assertFalse(r.get("labels").has("statement/scaling"), "a node of another file is left out");
        assertEquals(11, r.get("nodes").asInt());
    }

    @Test
    void badSemanticsParametersAreA400NamingTheParameter() throws Exception {
        for (String[] c : new String[][] {{"semantics=ideal", "semantics"}, {"timeLimitMs=0", "timeLimitMs"}, {"timeLimitMs=x", "timeLimitMs"}, {"graph=notaniri", "graph"}}) {
            var r = api.get("/api/semantics?" + c[0]);
            assertEquals(400, r.statusCode(), c[0]);
            assertTrue(r.body().contains("bad parameter: " + c[1]), r.body());
        }
        assertEquals(404, api.get("/api/semantics?graph=urn:nothing").statusCode());
    }

    @Test
    void cruxImpactRanksTheCruxesAsWorkedByHand() throws Exception {
        JsonNode r = api.json("/api/crux-impact");
        JsonNode first = r.get("cruxes").get(0);
        assertEquals("statement/k", first.at("/crux/id").asText());
        assertEquals(4, first.get("impact").asInt());
        JsonNode c = api.json("/api/cruxes?sort=impact");
        assertEquals("statement/k", c.get("cruxes").get(0).at("/crux/id").asText());
        assertEquals(4, c.get("cruxes").get(0).get("impact").asInt());
        for (JsonNode x : c.get("cruxes")) assertTrue(x.get("impact").isInt(), "every crux carries its impact");
    }

    @Test
    void aPositionShowsHoldsRejectsAndExplicitNonCruxes() throws Exception {
        JsonNode ann = api.json("/api/positions/person/ann");
        assertEquals(List.of("statement/worldview", "statement/planning"), texts(ann.get("holds"), "/statement/id"));
        assertEquals(List.of("out", "in"), texts(ann.get("holds"), "/grounded"));
        assertEquals(List.of("statement/route"), texts(ann.get("notCruxes"), "/crux/id"));
        assertFalse(texts(ann.get("cruxes"), "/crux/id").contains("statement/route"), "Ann's explicit non-crux is not her crux");
        JsonNode bob = api.json("/api/positions/bob");
        assertEquals(List.of("statement/planning"), texts(bob.get("rejects"), "/statement/id"));
    }

    @Test
    void theDoubleCruxOfAnnAndBobNeverReportsAnnsExplicitNonCruxAsHers() throws Exception {
        JsonNode r = api.json("/api/double-crux?a=person/ann&b=person/bob");
        assertEquals(List.of("statement/planning"), texts(r.get("disagreements"), "/statement/id").subList(0, 1));
        assertEquals("opposed", r.get("disagreements").get(0).get("kind").asText());
        assertEquals(0, r.get("doubleCruxes").size());
        JsonNode route = r.get("oneSided").get(0);
        assertEquals("statement/route", route.at("/crux/id").asText());
        assertEquals("b", route.get("cruxFor").asText());
        assertTrue(route.get("deniedByOther").asBoolean());
    }

    @Test
    void theDoubleCruxOfCarolAndDanFindsTheCruxesTheyShare() throws Exception {
        JsonNode r = api.json("/api/double-crux?a=carol&b=person/dan");
        assertEquals(List.of("statement/v", "statement/x"), texts(r.get("doubleCruxes"), "/crux/id"));
    }

    @Test
    void doubleCruxParametersAreCheckedAndNamed() throws Exception {
        var missing = api.get("/api/double-crux?a=ann");
        assertEquals(400, missing.statusCode());
        assertTrue(missing.body().contains("bad parameter: b"), missing.body());
        var same = api.get("/api/double-crux?a=ann&b=person/ann");
        assertEquals(400, same.statusCode());
        assertEquals(404, api.get("/api/double-crux?a=ann&b=zed").statusCode());
        var notAPerson = api.get("/api/double-crux?a=ann&b=statement/scaling");
        assertEquals(404, notAPerson.statusCode(), "a statement is not a person, as /api/positions says");
        assertTrue(notAPerson.body().contains("no person with id statement/scaling"), notAPerson.body());
    }
}
