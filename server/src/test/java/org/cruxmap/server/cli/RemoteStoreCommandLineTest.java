package org.cruxmap.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cruxmap.server.store.InProcessFuseki;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line against a real Fuseki: import, search and SPARQL with --store URL, and a clear exit 1 when it is down. */
class RemoteStoreCommandLineTest {
    @TempDir Path dir;
    private final InProcessFuseki fuseki = new InProcessFuseki();

    private static final String MAP = """
            @prefix cm: <https://w3id.org/cruxmap/ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            <https://w3id.org/cruxmap/id/statement/a> a cm:Statement, cm:Claim ; rdfs:label "Coherence grows with scale" ; cm:status cm:secondary .
            """;

    @AfterEach
    void stop() { fuseki.close(); }

    @Test
    void importSearchSparqlAndExportWorkOnARemoteStoreAndNothingIsWrittenLocally() throws Exception {
        Files.writeString(dir.resolve("map.ttl"), MAP);

        CliProcess.Result imported = CliProcess.run(dir, "import", "map.ttl", "--store", fuseki.url());
        assertEquals(0, imported.exit(), imported.err());
        assertTrue(imported.out().contains("map.ttl: imported"), imported.out());

        CliProcess.Result found = CliProcess.run(dir, "search", "coherence", "--store", fuseki.url());
        assertEquals(0, found.exit(), found.err());
        assertTrue(found.out().contains("statement/a"), found.out());

        CliProcess.Result labels = CliProcess.run(dir, "sparql", "SELECT ?l WHERE { ?s a cm:Claim ; rdfs:label ?l }",
                "--format", "csv", "--store", fuseki.url());
        assertEquals("l\r\nCoherence grows with scale\r\n", labels.out());
        CliProcess.Result exported = CliProcess.run(dir, "export", "--format", "nq", "--store", fuseki.url());
        assertEquals(0, exported.exit(), exported.err());
        assertTrue(exported.out().contains("\"Coherence grows with scale\" <https://w3id.org/cruxmap/graph/map.ttl>"), exported.out());
        assertTrue(Files.notExists(dir.resolve("cruxmap-data")), "a remote store keeps nothing on the local disk");
    }

    @Test
    void aCommandWhoseStoreIsDownExitsOneNamingTheStoreAndWhy() throws Exception {
        Files.writeString(dir.resolve("map.ttl"), MAP);
        String url = fuseki.url();
        fuseki.stop();

        CliProcess.Result r = CliProcess.run(dir, "import", "map.ttl", "--store", url);

        assertEquals(1, r.exit(), r.err());
        assertEquals("cruxmap: error: the remote store " + url + " could not fetch the dataset: connection refused (is it running?)",
                r.err().strip());

        fuseki.restart();
        assertEquals(0, CliProcess.run(dir, "import", "map.ttl", "--store", url).exit(), "it works again once the store is back");
    }

    @Test
    void aStoreThatIsNeitherAKindNorAUrlIsAUsageError() throws Exception {
        CliProcess.Result r = CliProcess.run(dir, "sparql", "ASK {}", "--store", "fuseki");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("use tdb2, mem or http://HOST:PORT/DATASET"), r.err());
    }
}
