package org.cruxmap.server.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.server.api.ApiServer;
import org.cruxmap.server.app.ImportRequest;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.index.IndexProgress;
import org.cruxmap.server.index.SearchIndex;
import org.cruxmap.server.store.LocalStore;
import org.junit.jupiter.api.Test;

/**
 * Loads a generated 500-node, 1,000-edge map in headless Chromium and prints the time to first
 * render and layout of the whole map (fCoSE) and of the layered layout, and the weight of the
 * viewer's own files. Not a test: run it with {@code bench/viewer.sh}.
 */
class ViewerBenchmark {
    static final int NODES = 500;
    static final int EDGES = 1000;
    static final int RUNS = 3;

    @Test
    void measure() throws Exception {
        StringBuilder report = new StringBuilder();
        report.append(weight());
        KnowledgeBase kb = new KnowledgeBase(LocalStore.inMemory(), Ingest.standard());
        SearchIndex index = SearchIndex.inMemory(kb.store(), IndexProgress.NONE);
        kb.onWrite(index);
        var outcome = kb.importFile(ImportRequest.of("bench-map.ttl", map(NODES, EDGES, 7).getBytes(StandardCharsets.UTF_8)));
        if (!outcome.written()) throw new IllegalStateException(outcome.diagnostics().toString());
        ApiServer server = ApiServer.builder().knowledgeBase(kb).index(index).port(0).build().start();
        try (Browser browser = new Browser()) {
            for (String layout : List.of("force", "layered")) {
                List<Map<String, Object>> runs = new ArrayList<>();
                for (int i = 0; i < RUNS + 1; i++) {
                    browser.driver.get("about:blank");
                    browser.driver.get("http://127.0.0.1:" + server.port() + "/#/graph?layout=" + layout);
                    browser.waitUntil("the timing is recorded", () -> browser.js("return window.__cruxmapGraphTiming || null;") != null);
                    @SuppressWarnings("unchecked")
                    Map<String, Object> t = (Map<String, Object>) browser.js("return window.__cruxmapGraphTiming;");
                    if (i > 0) runs.add(t); // the first load warms the server and the browser cache
                }
                browser.screenshot("benchmark-" + layout); // so a reviewer sees what the timed layout drew
                runs.sort((a, b) -> Double.compare(num(a, "sinceNavigationMs"), num(b, "sinceNavigationMs")));
                Map<String, Object> med = runs.get(runs.size() / 2);
                report.append(String.format("graph %-8s %s nodes %s edges: page load to first drawn frame %.0f ms "
                                + "(fetch %.0f ms, build %.0f ms, layout %.0f ms, render %.0f ms)%s; median of %d, goal <= 1500 ms%n",
                        layout, med.get("nodes"), med.get("edges"), num(med, "sinceNavigationMs"), num(med, "fetchMs"),
                        num(med, "buildMs"), num(med, "layoutMs"), num(med, "renderMs"), "", RUNS));
            }
        } finally {
            server.stop();
            kb.close();
        }
        report.append("load average while measuring: ").append(Files.readString(Path.of("/proc/loadavg")).strip()).append(" on ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores\n");
        System.out.print(report);
        Path out = Path.of("target", "viewer-benchmark.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report.toString());
    }

    private static double num(Map<String, Object> m, String k) { return ((Number) m.get(k)).doubleValue(); }

    /** The viewer's own HTML, JS, CSS and icon, raw and gzipped (libraries excluded). */
    static String weight() throws IOException {
        Path dir = Path.of(System.getProperty("cruxmap.root", ".."), "web", "src", "main", "resources", "cruxmap-web");
        long raw = 0;
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        int files = 0;
        try (Stream<Path> s = Files.walk(dir); GZIPOutputStream z = new GZIPOutputStream(gz)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                byte[] b = Files.readAllBytes(p);
                raw += b.length;
                z.write(b);
                files++;
            }
        }
        return String.format("viewer's own files: %d files, %.1f KB (%.1f KB gzipped); goal <= 100 KB, libraries excluded%n",
                files, raw / 1024.0, gz.size() / 1024.0);
    }

    /** A random argument map in Turtle: claims, cruxes, evidence and arguments joined by relations. */
    static String map(int nodes, int edges, long seed) {
        Random rnd = new Random(seed);
        StringBuilder t = new StringBuilder("""
                @prefix cm: <https://w3id.org/cruxmap/ns#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                @prefix s: <https://w3id.org/cruxmap/id/statement/> .
                @prefix a: <https://w3id.org/cruxmap/id/argument/> .
                """);
        List<String> statements = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        String[] classes = {"cm:Claim", "cm:Claim", "cm:Claim", "cm:Crux", "cm:Evidence", "cm:Evidence"};
        String[] status = {"cm:verified", "cm:secondary", "cm:unverified"};
        int nArguments = nodes / 6;
        for (int i = 0; i < nodes - nArguments; i++) {
            String id = "s:n" + i;
            statements.add(id);
            t.append(id).append(" a cm:Statement, ").append(classes[rnd.nextInt(classes.length)])
                    .append(" ; rdfs:label \"Generated statement number ").append(i).append(" about coherence\" ; cm:status ")
                    .append(status[rnd.nextInt(3)]).append(" .\n");
        }
        for (int i = 0; i < nArguments; i++) {
            String id = "a:g" + i;
            arguments.add(id);
            t.append(id).append(" a cm:Argument ; rdfs:label \"Argument ").append(i).append("\" .\n");
        }
        String[] kinds = {"cm:supports", "cm:supports", "cm:attacks", "cm:attacks", "cm:undercuts", "cm:isCruxFor", "cm:isEvidenceFor",
            "cm:isEvidenceAgainst", "cm:respondsTo"};
        Set<String> triples = new LinkedHashSet<>();
        for (String arg : arguments) { // each argument: two premises, one conclusion
            triples.add(arg + " cm:conclusion " + statements.get(rnd.nextInt(statements.size() / 3)));
            triples.add(arg + " cm:premise " + statements.get(rnd.nextInt(statements.size())));
            triples.add(arg + " cm:premise " + statements.get(rnd.nextInt(statements.size())));
        }
        while (triples.size() < edges) { // relations point mostly towards earlier statements: a layered debate
            int from = 1 + rnd.nextInt(statements.size() - 1);
            int to = rnd.nextInt(from);
            triples.add(statements.get(from) + " " + kinds[rnd.nextInt(kinds.length)] + " " + statements.get(to));
        }
        triples.forEach(x -> t.append(x).append(" .\n"));
        return t.toString();
    }
}
