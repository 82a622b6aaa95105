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
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.index.IndexProgress;
import org.cruxmap.server.index.SearchIndex;
import org.cruxmap.server.index.SearchQuery;
import org.cruxmap.server.store.LocalStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ImportRouteTest {
    private KnowledgeBase kb;
    private SearchIndex index;
    private ApiServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    private static final String MAP = """
            [Coherence grows with scale]: Bigger models act more coherently.
              {status: secondary}
              -> [Incoherence rises with length]: Longer tasks bring more random errors.
            """;

    @BeforeEach
    void start() {
        kb = new KnowledgeBase(LocalStore.inMemory(), Ingest.standard());
        index = SearchIndex.inMemory(kb.store(), IndexProgress.NONE);
        kb.onWrite(index);
        server = ApiServer.builder().knowledgeBase(kb).index(index).token("s3cret").port(0).build().start();
    }

    @AfterEach
    void stop() {
        server.stop();
        index.close();
        kb.close();
    }

    private HttpResponse<String> post(String query, String body, String... headers) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/import" + query))
                .POST(HttpRequest.BodyPublishers.ofString(body, UTF_8));
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAuthorisedImportLandsInItsGraphAndIsSearchableAtOnce() throws Exception {
        var r = post("?name=scale.argdown", MAP, "Authorization", "Bearer s3cret");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = new ObjectMapper().readTree(r.body());
        assertTrue(body.get("written").asBoolean());
        assertEquals("https://w3id.org/cruxmap/graph/scale.argdown", body.get("graph").asText());
        var hits = index.search(SearchQuery.of("random errors"));
        assertEquals("statement/incoherence-rises-with-length", hits.hits().get(0).id());
    }

    @Test
    void aFileWithErrorsIsA400WithEveryDiagnosticAndWritesNothing() throws Exception {
        long before = kb.store().changeCounter();
        var r = post("?name=broken.ttl", "@prefix cm: <https://w3id.org/cruxmap/ns#> .\n<a> cm:text \"open\n", "Authorization", "Bearer s3cret");
        assertEquals(400, r.statusCode());
        JsonNode body = new ObjectMapper().readTree(r.body());
        assertEquals(false, body.get("written").asBoolean());
        assertTrue(body.get("detail").asText().startsWith("broken.ttl:"), body.toString());
        assertTrue(body.get("diagnostics").get(0).get("line").asInt() > 0);
        assertEquals(before, kb.store().changeCounter());
    }

    @Test
    void writesWithoutTheRightTokenAreRefusedAndBadParametersNamed() throws Exception {
        assertEquals(401, post("?name=scale.argdown", MAP).statusCode());
        assertEquals(403, post("?name=scale.argdown", MAP, "Authorization", "Bearer nope").statusCode());
        var noName = post("", MAP, "Authorization", "Bearer s3cret");
        assertEquals(400, noName.statusCode());
        assertTrue(noName.body().contains("bad parameter: name"));
        assertEquals(400, post("?name=../etc/passwd", MAP, "Authorization", "Bearer s3cret").statusCode());
        assertEquals(400, post("?name=x.ttl&format=docx", MAP, "Authorization", "Bearer s3cret").statusCode());
        for (String dry : new String[] {"1", "yes", "maybe"}) {
            var r = post("?name=scale.argdown&dryRun=" + dry, MAP, "Authorization", "Bearer s3cret");
            assertEquals(400, r.statusCode(), dry);
            assertTrue(r.body().contains("bad parameter: dryRun"), r.body());
        }
        assertEquals(400, post("?name=scale.argdown&graph=not%20an%20iri", MAP, "Authorization", "Bearer s3cret").statusCode());
        assertEquals(200, post("?name=scale.argdown&dryRun=false&graph=urn:x:checked", MAP, "Authorization", "Bearer s3cret").statusCode());
        assertEquals(java.util.List.of("urn:x:checked"), kb.store().graphs().stream().map(g -> g.graphIri()).toList(), "the refused requests wrote nothing");
    }
}
