package org.cruxmap.server.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OpenApiConformanceTest {
    static ApiFixture api;

    @BeforeAll static void start() throws Exception { api = new ApiFixture(); }

    @AfterAll static void stop() { api.close(); }

    /** Real requests for each documented route, with the status each should answer. */
    private static final Map<String, List<String[]>> CALLS = calls(
            "/api/health", List.<String[]>of(new String[] {"/api/health", "200"}),
            "/api/nodes/{id}", List.of(new String[] {"/api/nodes/statement/planning", "200"},
                    new String[] {"/api/nodes/source/note", "200"}, new String[] {"/api/nodes/person/ann", "200"},
                    new String[] {"/api/nodes/argument/from-planning", "200"}, new String[] {"/api/nodes/statement/route", "200"},
                    new String[] {"/api/nodes/statement/none", "404"}),
            "/api/graph", List.of(new String[] {"/api/graph?focus=statement/scaling&depth=2", "200"},
                    new String[] {"/api/graph", "200"}, new String[] {"/api/graph?depth=99", "400"}),
            "/api/cruxes", List.of(new String[] {"/api/cruxes", "200"}, new String[] {"/api/cruxes?sort=impact", "200"},
                    new String[] {"/api/cruxes?sort=size", "400"}),
            "/api/semantics", List.of(new String[] {"/api/semantics?semantics=grounded", "200"},
                    new String[] {"/api/semantics?semantics=preferred", "200"}, new String[] {"/api/semantics?semantics=stable", "200"},
                    new String[] {"/api/semantics?semantics=ideal", "400"},
                    new String[] {"/api/semantics?graph=https://w3id.org/cruxmap/graph/none", "404"}),
            "/api/crux-impact", List.<String[]>of(new String[] {"/api/crux-impact", "200"}),
            "/api/positions/{id}", List.of(new String[] {"/api/positions/person/ann", "200"}, new String[] {"/api/positions/bob", "200"},
                    new String[] {"/api/positions/person/nobody", "404"}, new String[] {"/api/positions/statement/planning", "404"}, new String[] {"/api/positions/a%3Cb", "400"}),
            "/api/search", List.of(new String[] {"/api/search?q=coherence", "200"}, new String[] {"/api/search?q=plan*&type=claim,crux", "200"},
                    new String[] {"/api/search?q=x&limit=-1", "400"}),
            "/api/suggest", List.<String[]>of(new String[] {"/api/suggest?q=plan", "200"}),
            "/api/import", List.<String[]>of(new String[] {"POST /api/import?name=m.ttl", "403"}),
            "/api/double-crux", List.of(new String[] {"/api/double-crux?a=person/ann&b=person/bob", "200"},
                    new String[] {"/api/double-crux?a=ann", "400"}, new String[] {"/api/double-crux?a=ann&b=nobody", "404"}));

    @SuppressWarnings("unchecked")
    private static Map<String, List<String[]>> calls(Object... pathsAndCalls) {
        Map<String, List<String[]>> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < pathsAndCalls.length; i += 2) m.put((String) pathsAndCalls[i], (List<String[]>) pathsAndCalls[i + 1]);
        return m;
    }

    @Test
    void everyDocumentedRouteAnswersWhatTheDocumentSays() throws Exception {
        JsonNode doc = api.json("/openapi.json");
        assertEquals("3.1.0", doc.get("openapi").asText());
        SchemaCheck check = new SchemaCheck(doc);
        List<String> problems = new ArrayList<>();
        doc.get("paths").fieldNames().forEachRemaining(path -> {
            List<String[]> calls = CALLS.get(path);
            if (calls == null) {
                problems.add(path + ": documented but no test call");
                return;
            }
            for (String[] call : calls) {
                try {
                    boolean post = call[0].startsWith("POST ");
                    var r = post ? api.post(call[0].substring(5), "@prefix x: <urn:x:> .") : api.get(call[0]);
                    assertEquals(Integer.parseInt(call[1]), r.statusCode(), call[0]);
                    JsonNode schema = doc.at("/paths/" + path.replace("/", "~1") + (post ? "/post" : "/get") + "/responses/" + call[1]
                            + "/content/application~1json/schema");
                    assertTrue(!schema.isMissingNode(), path + " documents status " + call[1]);
                    for (String p : check.problems(ApiFixture.JSON.readTree(r.body()), schema)) problems.add(call[0] + " " + p);
                } catch (Exception e) {
                    problems.add(call[0] + ": " + e);
                }
            }
        });
        assertEquals(List.of(), problems);
    }

    @Test
    void theSchemaCheckerRejectsAnAnswerThatBreaksTheDocument() throws Exception {
        JsonNode doc = api.json("/openapi.json");
        JsonNode wrong = ApiFixture.JSON.readTree("{\"status\":\"ok\",\"statements\":\"many\"}");
        List<String> p = new SchemaCheck(doc).problems(wrong, doc.at("/components/schemas/Health"));
        assertTrue(p.stream().anyMatch(s -> s.contains("statements")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("missing required store")), p.toString());
    }
}
