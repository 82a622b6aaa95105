package org.cruxmap.server.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash: kill -9 a cruxmap process in the middle of a long import, again and again, alternating the
 * two write paths (the {@code import} command; {@code PUT /data} to a running server). After each
 * restart the graph holds one whole version of the file or nothing, and the search index agrees.
 * {@code -Dcruxmap.reliability.kills=N} (default 10) and {@code -Dcruxmap.reliability.crashStatements=N}
 * (default 1500 statements per version) scale it.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS)
class CrashTest {
    private static final int KILLS = Integer.getInteger("cruxmap.reliability.kills", 10);
    private static final int STATEMENTS = Integer.getInteger("cruxmap.reliability.crashStatements", 1_500);
    private static final String GRAPH = "https://w3id.org/cruxmap/graph/crash-map";
    private static final String TOKEN = "crash-test-token";

    @TempDir Path dir;

    @AfterEach
    void killLeftovers() throws InterruptedException { CruxmapProcess.killAll(); }

    private Path data;
    private Path logs;
    private int runs;

    /** What a restarted server found: which version the graph holds, if any. */
    private record Found(String version, long statements, long triples) {}

    @Test
    void killingAnImportAtAnyMomentLeavesTheWholeFileOrNoneOfItAndAnIndexThatAgrees() throws Exception {
        data = dir.resolve("data");
        logs = Path.of("target", "reliability", "crash-logs");
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Path fileA = dir.resolve("a").resolve("map.ttl");
        Path fileB = dir.resolve("b").resolve("map.ttl");
        SyntheticMap a = SyntheticMap.write(fileA, "zqalpha", STATEMENTS, 1);
        SyntheticMap b = SyntheticMap.write(fileB, "zqbeta", STATEMENTS, 2);

        // Calibration: one uninterrupted run of each write path, to learn how long an import takes here.
        CruxmapProcess importA = importer(fileA);
        assertEquals(0, importA.await(180), importA.output());
        long importMillis = importA.ageMillis();
        CruxmapProcess server = CruxmapProcess.serve(logs, "serve-" + runs++, data, TOKEN);
        assertEquals(new Found("zqalpha", STATEMENTS, a.triples()), check(server, a, b));
        long t0 = System.nanoTime();
        HttpResponse<String> put = put(server, fileB).get(180, TimeUnit.SECONDS);
        long putMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
        assertEquals(201 / 100, put.statusCode() / 100, put.body());
        assertEquals(new Found("zqbeta", STATEMENTS, b.triples()), check(server, a, b));
        System.out.printf("crash: %d statements (%d triples) per version; import takes %d ms, PUT /data %d ms%n",
                STATEMENTS, a.triples(), importMillis, putMillis);

        List<String> rows = new ArrayList<>();
        Found state = new Found("zqbeta", STATEMENTS, b.triples());
        int kills = 0;
        double scale = 1.0;
        for (int attempt = 0; kills < KILLS && attempt < 3 * KILLS; attempt++) {
            boolean viaImport = attempt % 2 == 0;
            SyntheticMap target = state.version().equals("zqalpha") ? b : a;
            Path file = target == a ? fileA : fileB;
            double fraction = 0.1 + 0.85 * ((attempt * 0.618034) % 1.0);
            long delay = (long) (fraction * scale * (viaImport ? importMillis : putMillis));
            boolean hit;
            if (viaImport) {
                server.kill9();
                CruxmapProcess importer = importer(file);
                Thread.sleep(delay);
                hit = importer.kill9();
            } else {
                put(server, file);
                Thread.sleep(delay);
                hit = server.kill9();
            }
            server = CruxmapProcess.serve(logs, "serve-" + runs++, data, TOKEN);
            Found found = check(server, a, b);
            rows.add(String.format("| %d | %s | %d ms | %s | %s |", attempt, viaImport ? "import" : "PUT /data", delay,
                    hit ? "killed" : "had finished", found.version()));
            System.out.println("crash " + rows.get(rows.size() - 1));
            if (hit) kills++;
            else scale *= 0.7;
            state = found;
        }
        server.kill9();
        Report.write("crash.md", "# Crash: kill -9 in the middle of an import\n\n"
                + STATEMENTS + " statements (" + a.triples() + " triples) per version; an uninterrupted import took "
                + importMillis + " ms, PUT /data " + putMillis + " ms.\n\n"
                + "| attempt | write path | killed after | process | graph holds |\n| --- | --- | --- | --- | --- |\n"
                + String.join("\n", rows) + "\n");
        assertEquals(KILLS, kills, "kills that hit a running import:\n" + String.join("\n", rows));
    }

    private CruxmapProcess importer(Path file) throws IOException {
        return CruxmapProcess.start(logs, "import-" + runs++, "import", file.toString(), "--data", data.toString(), "--graph", GRAPH);
    }

    private static CompletableFuture<HttpResponse<String>> put(CruxmapProcess server, Path file) throws Exception {
        Http http = new Http(server.port());
        HttpRequest r = http.request("/data?graph=" + Http.enc(GRAPH)).header("Content-Type", "text/turtle")
                .header("Authorization", "Bearer " + TOKEN).timeout(java.time.Duration.ofMinutes(5)).PUT(HttpRequest.BodyPublishers.ofFile(file)).build();
        return http.client.sendAsync(r, HttpResponse.BodyHandlers.ofString());
    }

    /** Asks the restarted server what the graph holds: one whole version or nothing, and a search index that agrees. */
    private static Found check(CruxmapProcess server, SyntheticMap a, SyntheticMap b) throws Exception {
        Http http = new Http(server.port());
        long inA = http.statementsOf(a);
        long inB = http.statementsOf(b);
        long triples = http.triplesIn(GRAPH);
        String state = "statements of A " + inA + ", of B " + inB + ", triples in the graph " + triples;
        Found found;
        if (inA == 0 && inB == 0 && triples == 0) found = new Found("none", 0, 0);
        else if (inA == a.statements() && inB == 0 && triples == a.triples()) found = new Found(a.marker(), inA, triples);
        else if (inB == b.statements() && inA == 0 && triples == b.triples()) found = new Found(b.marker(), inB, triples);
        else throw new AssertionError("the store holds part of an import: " + state);
        assertEquals(inA, http.searchTotal(a.marker()), "search for A's marker agrees with the store; " + state);
        assertEquals(inB, http.searchTotal(b.marker()), "search for B's marker agrees with the store; " + state);
        assertTrue(http.json("/api/health").path("changeCounter").asLong() > 0);
        return found;
    }
}
