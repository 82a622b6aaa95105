package org.cruxmap.server.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.cruxmap.server.app.ImportOutcome;
import org.cruxmap.server.app.ImportRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load: 50 concurrent clients on loopback mixing {@code /api/search}, {@code /api/graph} and
 * {@code /sparql} over the bundled corpus plus a generated map, for {@link Durations#run()}. No
 * errors; p50 and p99 per route are printed and written to {@code target/reliability/load.md}.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class LoadTest {
    private static final int CLIENTS = 50;
    private static final int STATEMENTS = 1_000;
    private static final String[] WORDS = {"coherence", "agency", "planning goal", "scale", "variance bias", "\"hot mess\"",
        "optimizer", "horizon", "training", "utility theorem", "selection", "incoherent", "alignment", "paradigm"};
    private static final String[] QUERIES = {
        "SELECT ?type (COUNT(?s) AS ?n) WHERE { ?s a ?type } GROUP BY ?type ORDER BY DESC(?n)",
        "SELECT ?s ?l WHERE { ?s a cm:Crux ; rdfs:label ?l } ORDER BY ?l LIMIT 20",
        "SELECT ?a ?b WHERE { ?a cm:supports ?b . ?b cm:supports ?c } LIMIT 100",
        "SELECT ?s ?t WHERE { ?s cm:text ?t FILTER(CONTAINS(LCASE(?t), \"coherence\")) } LIMIT 25",
        "ASK { ?s cm:isCruxFor ?x }",
    };

    @TempDir Path dir;

    @Test
    void fiftyClientsMixingSearchGraphAndSparqlGetNoErrors() throws Exception {
        SyntheticMap map = SyntheticMap.write(dir.resolve("load.ttl"), "zqload", STATEMENTS, 21);
        Map<String, Latencies> byRoute = new LinkedHashMap<>();
        for (String route : List.of("/api/search", "/api/graph", "/sparql")) byRoute.put(route, new Latencies());
        Queue<String> errors = new ConcurrentLinkedQueue<>();
        long runNanos;
        try (LiveServer live = LiveServer.start(dir, true, "load-token")) {
            ImportOutcome o = live.kb.importFile(ImportRequest.of("load.ttl", Files.readAllBytes(dir.resolve("load.ttl"))));
            assertTrue(o.written(), o.diagnostics().toString());
            long start = System.nanoTime();
            long deadline = start + Durations.run().toNanos();
            List<Thread> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                Random random = new Random(c);
                clients.add(new Thread(() -> {
                    for (int i = random.nextInt(3); System.nanoTime() < deadline && errors.size() < 50; i++) {
                        String route = i % 3 == 0 ? "/api/search" : i % 3 == 1 ? "/api/graph" : "/sparql";
                        String url = switch (route) {
                            case "/api/search" -> "/api/search?q=" + Http.enc(WORDS[random.nextInt(WORDS.length)])
                                    + (random.nextInt(4) == 0 ? "&type=claim,crux" : "") + "&limit=" + (5 + random.nextInt(20));
                            case "/api/graph" -> random.nextInt(5) == 0 ? "/api/graph?limit=200"
                                    : "/api/graph?depth=" + (1 + random.nextInt(2)) + "&focus=statement/zqload-" + random.nextInt(map.statements());
                            default -> "/sparql?query=" + Http.enc(Http.PREFIXES + QUERIES[random.nextInt(QUERIES.length)]);
                        };
                        long t0 = System.nanoTime();
                        try {
                            HttpResponse<String> r = live.http.send(live.http.request(url)
                                    .header("Accept", route.equals("/sparql") ? "application/sparql-results+json" : "application/json").GET().build());
                            long took = System.nanoTime() - t0;
                            if (r.statusCode() != 200) errors.add(r.statusCode() + " on " + url + ": " + r.body());
                            else byRoute.get(route).add(took);
                        } catch (Exception e) {
                            errors.add(e + " on " + url);
                        }
                    }
                }, "client-" + c));
            }
            clients.forEach(Thread::start);
            for (Thread t : clients) t.join();
            runNanos = System.nanoTime() - start;
        }
        Latencies all = new Latencies();
        StringBuilder table = new StringBuilder("| route | requests | per second | p50 ms | p99 ms |\n| --- | --- | --- | --- | --- |\n");
        double seconds = runNanos / 1e9;
        for (var e : byRoute.entrySet()) {
            all.addAll(e.getValue());
            table.append(row(e.getKey(), e.getValue(), seconds));
        }
        table.append(row("all", all, seconds));
        Report.write("load.md", "# Load: " + CLIENTS + " concurrent clients on loopback\n\n"
                + String.format("%.1f s over the bundled corpus and %d generated statements (TDB2 on disk), %d available processors.%n%n",
                        seconds, STATEMENTS, Runtime.getRuntime().availableProcessors())
                + table + "\nErrors: " + errors.size() + "\n");
        assertTrue(errors.isEmpty(), errors.size() + " errors, the first: " + errors.stream().limit(10).toList());
        for (var e : byRoute.entrySet()) assertTrue(e.getValue().count() > 0, e.getKey() + " was exercised");
    }

    private static String row(String route, Latencies l, double seconds) {
        return String.format("| %s | %d | %.1f | %.1f | %.1f |%n", route, l.count(), l.count() / seconds,
                l.percentileMillis(50), l.percentileMillis(99));
    }
}
