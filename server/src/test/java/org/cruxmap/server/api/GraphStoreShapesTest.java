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
import org.cruxmap.server.store.LocalStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Graph Store holds what it writes to the shapes an import is held to, and writes nothing that breaks them. */
class GraphStoreShapesTest {
    private static final String TOKEN = "t0ken";
    private static final String PREFIX = "@prefix cm: <https://w3id.org/cruxmap/ns#> .\n@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n";
    private static final String GRAPH = "/data?graph=urn:test:g";

    private KnowledgeBase kb;
    private ApiServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        kb = new KnowledgeBase(LocalStore.inMemory(), Ingest.standard());
        server = ApiServer.builder().knowledgeBase(kb).port(0).token(TOKEN).build().start();
    }

    @AfterEach
    void stop() {
        server.stop();
        kb.close();
    }

    private HttpResponse<String> send(String method, String path, String turtle) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "text/turtle");
        b.method(method, turtle == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(PREFIX + turtle, UTF_8));
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private long triples() {
        return kb.store().read(ds -> {
            var names = ds.listNames();
            long n = 0;
            while (names.hasNext()) n += ds.getNamedModel(names.next()).size();
            return n;
        });
    }

    @Test
    void aClaimWithoutItsStatusIsRefusedByPutAndPostAndNothingIsWritten() throws Exception {
        long before = triples();
        for (String method : new String[] {"PUT", "POST"}) {
            HttpResponse<String> r = send(method, GRAPH, "<https://w3id.org/cruxmap/id/statement/noshape> a cm:Claim .");
            assertEquals(400, r.statusCode(), method + ": " + r.body());
            JsonNode body = new ObjectMapper().readTree(r.body());
            assertTrue(body.get("error").asText().startsWith("the data breaks the shapes"), r.body());
            assertTrue(body.get("detail").asText().contains("statement/noshape") && body.get("detail").asText().contains("cm:status"), r.body());
        }
        assertEquals(before, triples(), "nothing of either body was written");
    }

    @Test
    void aPostIsCheckedTogetherWithTheGraphItAddsTo() throws Exception {
        assertEquals(201, send("PUT", GRAPH, "<https://w3id.org/cruxmap/id/statement/a> a cm:Statement, cm:Claim ; rdfs:label \"A\" ; cm:status cm:verified .").statusCode());
        // a comment alone breaks no shape; added to a claim typed in the graph, that claim still conforms
        assertEquals(204, send("POST", GRAPH, "<https://w3id.org/cruxmap/id/statement/a> rdfs:comment \"more\" .").statusCode());
        // a second status makes the graph break the shape, though the body alone would not
        HttpResponse<String> twice = send("POST", GRAPH, "<https://w3id.org/cruxmap/id/statement/a> cm:status cm:unverified .");
        assertEquals(400, twice.statusCode(), twice.body());
        assertEquals(5L, (long) kb.store().read(ds -> ds.getNamedModel("urn:test:g").size()), "the graph is as the first two writes left it");
    }

    @Test
    void aFaultElsewhereInTheGraphDoesNotRefuseAPostAndTheDefaultGraphIsCheckedToo() throws Exception {
        assertEquals(201, send("PUT", GRAPH, "<https://w3id.org/cruxmap/id/statement/a> a cm:Statement, cm:Claim ; rdfs:label \"A\" ; cm:status cm:verified .").statusCode());
        // a SPARQL Update (not checked) leaves another claim without its status in the graph
        kb.write(ds -> ds.getNamedModel("urn:test:g").add(ds.getNamedModel("urn:test:g").createResource("https://w3id.org/cruxmap/id/statement/other"),
                org.apache.jena.vocabulary.RDF.type, ds.getNamedModel("urn:test:g").createResource("https://w3id.org/cruxmap/ns#Claim")));
        assertEquals(204, send("POST", GRAPH, "<https://w3id.org/cruxmap/id/statement/a> rdfs:comment \"more\" .").statusCode(),
                "the body touches statement/a only, which conforms");
        HttpResponse<String> touching = send("POST", GRAPH, "<https://w3id.org/cruxmap/id/statement/other> rdfs:label \"Other\" .");
        assertEquals(400, touching.statusCode(), "a body that touches the faulty claim is held to its shape: " + touching.body());
        assertEquals(400, send("PUT", "/data?default", "<https://w3id.org/cruxmap/id/statement/d> a cm:Claim .").statusCode());
    }

    @Test
    void dataOutsideTheVocabularyMeetsNoShape() throws Exception {
        assertEquals(201, send("PUT", GRAPH, "<http://example.org/s> <http://example.org/p> \"o\" .").statusCode());
    }
}
