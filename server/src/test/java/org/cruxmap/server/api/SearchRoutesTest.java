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
import org.cruxmap.server.index.IndexProgress;
import org.cruxmap.server.index.SearchIndex;
import org.cruxmap.server.store.LocalStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchRoutesTest {
    private static final String MAP = """
            @prefix cm: <https://w3id.org/cruxmap/ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix id: <https://w3id.org/cruxmap/id/> .
            id:statement\\/geniuses a cm:Statement, cm:Claim ; rdfs:label "Powerful AI as a country of geniuses in a datacenter" ;
                cm:text "A datacenter full of geniuses <script>alert(1)</script> would pursue goals." ; cm:status cm:verified ;
                cm:tag "long-horizon" ; cm:heldBy id:person\\/dario .
            id:statement\\/variance a cm:Statement, cm:Crux ; rdfs:label "Does the variance share measure coherence?" ;
                cm:status cm:unverified ; cm:tag "hot-mess" .
            id:person\\/dario a cm:Person ; cm:name "Dario Amodei" .
            """;

    private KnowledgeBase kb;
    private SearchIndex index;
    private ApiServer server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();

    @BeforeEach
    void start() {
        kb = new KnowledgeBase(LocalStore.inMemory(), Ingest.standard());
        index = SearchIndex.inMemory(kb.store(), IndexProgress.NONE);
        kb.onWrite(index);
        kb.importFile(ImportRequest.of("map.ttl", MAP.getBytes(UTF_8)));
        server = ApiServer.builder().knowledgeBase(kb).index(index).port(0).build().start();
    }

    @AfterEach
    void stop() {
        server.stop();
        index.close();
        kb.close();
    }

    private HttpResponse<String> get(String pathAndQuery) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + pathAndQuery)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String enc(String s) { return URLEncoder.encode(s, UTF_8); }

    @Test
    void searchAnswersHitsWithHighlightsAndFacetsInTheDesignsShape() throws Exception {
        HttpResponse<String> r = get("/api/search?q=" + enc("geniuses datacenter"));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode body = json.readTree(r.body());
        assertEquals(1, body.get("total").asInt());
        JsonNode hit = body.get("hits").get(0);
        for (String f : new String[] {"id", "type", "label", "text", "score", "highlight"}) assertTrue(hit.has(f), f + " in " + hit);
        assertEquals("statement/geniuses", hit.get("id").asText());
        assertEquals("claim", hit.get("type").asText());
        assertTrue(hit.get("highlight").asText().contains("<mark>"), hit.toString());
        assertTrue(hit.get("highlight").asText().contains("&lt;script&gt;"), hit.toString());
        assertFalse(hit.get("highlight").asText().contains("<script>"), hit.toString());
        assertEquals(1, body.get("facets").get("holder").get("dario").asInt());
        assertEquals(1, body.get("facets").get("tag").get("long-horizon").asInt());
    }

    @Test
    void filtersRepeatOrTakeCommasAndPaginate() throws Exception {
        JsonNode both = json.readTree(get("/api/search?q=&type=claim,crux").body());
        assertEquals(2, both.get("total").asInt());
        JsonNode crux = json.readTree(get("/api/search?type=crux&tag=hot-mess").body());
        assertEquals("statement/variance", crux.get("hits").get(0).get("id").asText());
        JsonNode page2 = json.readTree(get("/api/search?q=*&limit=1&offset=1").body());
        assertEquals(3, page2.get("total").asInt());
        assertEquals(1, page2.get("hits").size());
    }

    @Test
    void badParametersAre400sNamingTheParameterAndBadQueryTextIsNot() throws Exception {
        for (String[] c : new String[][] {{"limit=abc", "limit"}, {"limit=0", "limit"}, {"offset=-1", "offset"},
                {"type=banana", "type"}, {"status=maybe", "status"}, {"holder=nobody", "holder"}, {"tag=no-such-tag", "tag"}, {"source=nothing", "source"}}) {
            HttpResponse<String> r = get("/api/search?q=x&" + c[0]);
            assertEquals(400, r.statusCode(), c[0]);
            JsonNode body = json.readTree(r.body());
            assertEquals("bad parameter: " + c[1], body.get("error").asText(), r.body());
            assertTrue(body.has("detail"));
        }
        JsonNode named = json.readTree(get("/api/search?q=x&holder=" + enc("Dario Amodei")).body());
        assertEquals("no node has holder 'Dario Amodei'; give a person's key, as the holder facet lists them", named.get("detail").asText());
        JsonNode almost = json.readTree(get("/api/search?q=x&tag=" + enc("Hot Mess")).body());
        assertEquals("no node has tag 'Hot Mess'; did you mean hot-mess?", almost.get("detail").asText());
        assertEquals(200, get("/api/search?q=x&holder=person/dario&tag=hot-mess").statusCode(), "known values, by key or id");
        for (String q : new String[] {"\"unbalanced", " AND ", "*", "((", "a:b:c", "[x TO"}) {
            HttpResponse<String> r = get("/api/search?q=" + enc(q));
            assertEquals(200, r.statusCode(), q + " -> " + r.body());
        }
    }

    @Test
    void aMisspeltWordIsCompletedWithTheLabelsItWasMeantToFind() throws Exception {
        JsonNode s = json.readTree(get("/api/suggest?q=" + enc("genuises")).body()).get("suggestions");
        assertEquals("statement/geniuses", s.get(0).get("id").asText(), s.toString());
        assertEquals(0, json.readTree(get("/api/suggest?q=" + enc("zzqx")).body()).get("suggestions").size(), "nothing close: nothing");
        assertEquals(0, json.readTree(get("/api/suggest?q=" + enc("aler")).body()).get("suggestions").size(),
                "a word still being typed (the text's 'alert') is no typo: no close spellings of it");
    }

    @Test
    void suggestCompletesLabelsWithIdAndType() throws Exception {
        HttpResponse<String> r = get("/api/suggest?q=" + enc("datac"));
        assertEquals(200, r.statusCode());
        JsonNode s = json.readTree(r.body()).get("suggestions");
        assertEquals("statement/geniuses", s.get(0).get("id").asText());
        assertEquals("claim", s.get(0).get("type").asText());
        assertEquals("Powerful AI as a country of geniuses in a datacenter", s.get(0).get("label").asText());
        assertEquals(0, json.readTree(get("/api/suggest?q=").body()).get("suggestions").size());
    }

    @Test
    void badSuggestParametersAre400sNamingTheParameter() throws Exception {
        for (String[] c : new String[][] {{"q=a&limit=0", "limit"}, {"q=a&limit=x", "limit"}, {"q=" + "a".repeat(201), "q"}}) {
            HttpResponse<String> r = get("/api/suggest?" + c[0]);
            assertEquals(400, r.statusCode(), c[0]);
            assertEquals("bad parameter: " + c[1], json.readTree(r.body()).get("error").asText(), r.body());
        }
    }

    @Test
    void aWriteIsSearchableThroughTheApiWithinOneSecond() throws Exception {
        long t0 = System.nanoTime();
        kb.importFile(ImportRequest.of("new.ttl", """
                @prefix cm: <https://w3id.org/cruxmap/ns#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <https://w3id.org/cruxmap/id/statement/n> a cm:Statement, cm:Claim ; rdfs:label "Kludgy early AIs" ; cm:status cm:unverified .
                """.getBytes(UTF_8)));
        JsonNode body = json.readTree(get("/api/search?q=kludgy").body());
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(1, body.get("total").asInt());
        assertTrue(ms < 1000, ms + " ms");
    }
}
