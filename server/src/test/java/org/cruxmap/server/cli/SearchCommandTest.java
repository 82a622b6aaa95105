package org.cruxmap.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchCommandTest {
    @TempDir Path dir;

    private static final String MAP = """
            @prefix cm: <https://w3id.org/cruxmap/ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            <https://w3id.org/cruxmap/id/statement/a> a cm:Statement, cm:Claim ; rdfs:label "There are no coherence theorems" ;
                cm:text "No theorem forces expected-utility maximization." ; cm:status cm:verified ; cm:isCruxFor <https://w3id.org/cruxmap/id/statement/b> .
            <https://w3id.org/cruxmap/id/statement/b> a cm:Statement, cm:Crux ; rdfs:label "Coherence grows with scale" ; cm:status cm:secondary .
            """;

    @Test
    void importThenSearchFindsTheClaimInTheIndexNextToTheStore() throws Exception {
        Files.writeString(dir.resolve("map.ttl"), MAP);
        assertEquals(0, CliProcess.run(dir, "import", "map.ttl").exit());
        assertTrue(Files.isDirectory(dir.resolve("cruxmap-data/index")));

        CliProcess.Result r = CliProcess.run(dir, "search", "no coherence theorems");
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("statement/a"), r.out());
        assertTrue(r.out().contains("There are no coherence theorems"), r.out());
        assertTrue(r.err().isEmpty(), r.err());
        CliProcess.Result past = CliProcess.run(dir, "search", "coherence", "--offset", "100");
        assertTrue(past.out().startsWith("none past 100 of 2 hits"), past.out());

        CliProcess.Result j = CliProcess.run(dir, "search", "coherence", "--type", "crux", "--json");
        assertEquals(0, j.exit(), j.err());
        JsonNode body = new ObjectMapper().readTree(j.out());
        assertEquals(1, body.get("total").asInt());
        assertEquals("statement/b", body.get("hits").get(0).get("id").asText());
        assertEquals(1, body.get("facets").get("type").get("claim").asInt());
    }

    @Test
    void reindexRebuildsAndSparqlCanJoinSearchHitsWithTheGraph() throws Exception {
        Files.writeString(dir.resolve("map.ttl"), MAP);
        CliProcess.run(dir, "import", "map.ttl");
        CliProcess.Result re = CliProcess.run(dir, "reindex");
        assertEquals(0, re.exit(), re.err());
        assertTrue(re.out().startsWith("reindexed 2 nodes"), re.out());

        CliProcess.Result q = CliProcess.run(dir, "sparql",
                "SELECT ?l WHERE { ?n cm:search \"theorems\" . ?n cm:isCruxFor ?b . ?b rdfs:label ?l }", "--format", "csv");
        assertEquals(0, q.exit(), q.err());
        assertEquals("l\r\nCoherence grows with scale\r\n", q.out());
    }

    @Test
    void badSearchOptionsExitTwoAndUnparseableTextDoesNot() throws Exception {
        assertEquals(2, CliProcess.run(dir, "search", "x", "--type", "banana", "--store", "mem").exit());
        assertEquals(2, CliProcess.run(dir, "search", "x", "--limit", "0", "--store", "mem").exit());
        CliProcess.Result r = CliProcess.run(dir, "search", "\"unbalanced", "--store", "mem");
        assertEquals(0, r.exit(), r.err());
        assertEquals("no hits\n", r.out());
    }
}
