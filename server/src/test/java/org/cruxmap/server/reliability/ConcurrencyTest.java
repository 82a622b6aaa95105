package org.cruxmap.server.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.cruxmap.server.app.ImportOutcome;
import org.cruxmap.server.app.ImportRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concurrency: 16 readers and 1 writer against the real server over TDB2. The writer replaces one
 * graph again and again, alternating two versions of a map (through the import path and through
 * {@code PUT /data}); every reader checks, in one SPARQL query and in one search, that it sees one
 * whole version and never a mix or a part. Runs {@link Durations#run()}.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ConcurrencyTest {
    private static final int READERS = 16;
    private static final int STATEMENTS = 200;
    private static final String GRAPH = "https://w3id.org/cruxmap/graph/concurrent-map";

    @TempDir Path dir;

    @Test
    void sixteenReadersNeverSeeHalfOfAnImportWhileOneWriterReplacesTheMapAgainAndAgain() throws Exception {
        SyntheticMap a = SyntheticMap.write(dir.resolve("a.ttl"), "zqalpha", STATEMENTS, 11);
        SyntheticMap b = SyntheticMap.write(dir.resolve("b.ttl"), "zqbeta", STATEMENTS, 12);
        byte[][] bytes = {Files.readAllBytes(dir.resolve("a.ttl")), Files.readAllBytes(dir.resolve("b.ttl"))};
        Queue<String> errors = new ConcurrentLinkedQueue<>();
        AtomicLong sparqlChecks = new AtomicLong();
        AtomicLong searchChecks = new AtomicLong();
        AtomicLong writes = new AtomicLong();
        java.util.concurrent.atomic.AtomicBoolean writing = new java.util.concurrent.atomic.AtomicBoolean(true);
        try (LiveServer live = LiveServer.start(dir, false, "concurrency-token")) {
            ImportOutcome first = live.kb.importFile(importOf(bytes[0]));
            assertTrue(first.written(), first.diagnostics().toString());
            long deadline = System.nanoTime() + Durations.run().toNanos();

            Thread writer = new Thread(() -> {
                // at least one replacement through each path, however slow the machine
                for (int round = 1; (System.nanoTime() < deadline || round <= 2) && errors.size() < 20; round++) {
                    try {
                        byte[] next = bytes[round % 2];
                        if (round % 4 < 2) {
                            ImportOutcome o = live.kb.importFile(importOf(next));
                            if (!o.written()) errors.add("import round " + round + " did not land: " + o.diagnostics());
                        } else {
                            HttpResponse<String> r = live.http.send(live.http.request("/data?graph=" + Http.enc(GRAPH))
                                    .header("Content-Type", "text/turtle").header("Authorization", "Bearer " + live.token)
                                    .PUT(HttpRequest.BodyPublishers.ofByteArray(next)).build());
                            if (r.statusCode() != 204 && r.statusCode() != 201) errors.add("PUT round " + round + ": " + r.statusCode() + " " + r.body());
                        }
                        writes.incrementAndGet();
                    } catch (Exception e) {
                        errors.add("writer: " + e);
                    }
                }
                writing.set(false);
            }, "writer");

            String mix = Http.PREFIXES + "SELECT (SUM(IF(STRSTARTS(STR(?s), \"" + a.idPrefix() + "\"), 1, 0)) AS ?a)"
                    + " (SUM(IF(STRSTARTS(STR(?s), \"" + b.idPrefix() + "\"), 1, 0)) AS ?b) (COUNT(*) AS ?all)"
                    + " WHERE { GRAPH <" + GRAPH + "> { ?s a cm:Statement } }";
            List<Thread> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                int id = r;
                readers.add(new Thread(() -> {
                    Http http = new Http(live.port());
                    for (int i = 0; writing.get() && errors.size() < 20; i++) {
                        try {
                            if ((i + id) % 2 == 0) {
                                HttpResponse<String> resp = http.send(http.request("/sparql?query=" + Http.enc(mix))
                                        .header("Accept", "application/sparql-results+json").GET().build());
                                if (resp.statusCode() != 200) { errors.add("SPARQL " + resp.statusCode() + ": " + resp.body()); continue; }
                                JsonNode row = Http.JSON.readTree(resp.body()).path("results").path("bindings").path(0);
                                long inA = row.path("a").path("value").asLong(-1);
                                long inB = row.path("b").path("value").asLong(-1);
                                if (!(inA == STATEMENTS && inB == 0 || inA == 0 && inB == STATEMENTS)) {
                                    errors.add("SPARQL saw " + inA + " statements of A and " + inB + " of B");
                                }
                                sparqlChecks.incrementAndGet();
                            } else {
                                JsonNode res = http.json("/api/search?limit=50&q=" + Http.enc("zqalpha OR zqbeta"));
                                long total = res.path("total").asLong(-1);
                                long ofA = 0;
                                for (JsonNode hit : res.path("hits")) if (hit.path("id").asText().startsWith("statement/zqalpha-")) ofA++;
                                int hits = res.path("hits").size();
                                if (total != STATEMENTS || ofA != 0 && ofA != hits) {
                                    errors.add("search saw " + total + " hits, " + ofA + " of A among the first " + hits);
                                }
                                searchChecks.incrementAndGet();
                            }
                        } catch (Exception | AssertionError e) {
                            errors.add("reader " + id + ": " + e);
                        }
                    }
                }, "reader-" + r));
            }
            writer.start();
            readers.forEach(Thread::start);
            writer.join();
            for (Thread t : readers) t.join();
        }
        String summary = String.format("%d readers, 1 writer, %d s: %d whole replacements, %d SPARQL checks, %d search checks, %d errors",
                READERS, Durations.run().toSeconds(), writes.get(), sparqlChecks.get(), searchChecks.get(), errors.size());
        Report.write("concurrency.md", "# Concurrency\n\n" + summary + "\n"
                + (errors.isEmpty() ? "" : "\n```\n" + String.join("\n", errors) + "\n```\n"));
        assertTrue(errors.isEmpty(), summary + ":\n" + String.join("\n", errors));
        assertTrue(writes.get() >= 2, "the writer replaced the map through both paths (import, then PUT /data): " + summary);
        assertTrue(sparqlChecks.get() > 0 && searchChecks.get() > 0, summary);
    }

    private static ImportRequest importOf(byte[] bytes) {
        return new ImportRequest("concurrent-map.ttl", bytes, Optional.empty(), Optional.of(GRAPH));
    }
}
