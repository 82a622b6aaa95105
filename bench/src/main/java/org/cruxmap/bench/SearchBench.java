package org.cruxmap.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndexConfig;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDFS;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.cruxmap.ontology.CM;
import org.cruxmap.server.index.IndexProgress;
import org.cruxmap.server.index.SearchIndex;
import org.cruxmap.server.index.SearchQuery;
import org.cruxmap.server.store.GraphRecord;
import org.cruxmap.server.store.LocalStore;

/**
 * Cruxmap's search against jena-text on the same synthetic statements and the same 100 queries,
 * both in memory (TDB2 in-memory datasets, the Lucene directory Cruxmap keeps in memory, EnglishAnalyzer), or with
 * {@code disk} both on disk as {@code serve} runs (TDB2 and Lucene directories in temp folders), both
 * warmed alike (20 rounds of the 100 queries: 2,000 searches each, so the JIT compilers have settled)
 * and measured in interleaved rounds. Prints p50/p99 latency, throughput, p50 thread
 * CPU time, process CPU time per query, indexing time and time-to-searchable.
 * <pre>java -Xmx3g -cp ... org.cruxmap.bench.SearchBench [sizes, default 10000,100000] [disk]</pre>
 */
public final class SearchBench {
    private static final int WARM_ROUNDS = 20;
    private static final int MEASURE_ROUNDS = 5;

    private SearchBench() {}

    public static void main(String[] args) {
        int[] sizes = args.length == 0 ? new int[] {10_000, 100_000} : Arrays.stream(args[0].split(",")).mapToInt(Integer::parseInt).toArray();
        boolean onDisk = args.length > 1 && args[1].equals("disk");
        TextQuery.init();
        List<String> queries = Synthetic.queries(7);
        System.out.printf("Cruxmap search vs jena-text %s, %d queries, %d warm-up and %d measured rounds each, top 10, single thread, %s%n",
                "5.6.0", queries.size(), WARM_ROUNDS, MEASURE_ROUNDS,
                onDisk ? "both on disk (TDB2 and Lucene directories, as `serve` runs)" : "both in memory");
        for (int n : sizes) run(n, queries, onDisk);
    }

    /** Temporary folders of the on-disk run, removed once a size is measured. */
    private static final List<java.nio.file.Path> SCRATCH = new java.util.ArrayList<>();

    private static java.nio.file.Path scratch(String name) {
        try {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("searchbench-" + name);
            SCRATCH.add(dir);
            return dir;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void run(int n, List<String> queries, boolean onDisk) {
        Model data = Synthetic.statements(n, 42);
        System.out.printf("%n== %,d statements (%,d triples) ==%n", n, data.size());

        // Cruxmap: the store commits the graph, then the index is built from the store.
        LocalStore store = onDisk ? LocalStore.tdb2(scratch("cruxmap")) : LocalStore.inMemory();
        long t0 = System.nanoTime();
        store.replaceGraph(GraphRecord.forFile("synthetic.ttl"), data);
        long tStore = System.nanoTime();
        SearchIndex index = onDisk ? SearchIndex.onDisk(store, scratch("cruxmap-index"), IndexProgress.NONE)
                : SearchIndex.inMemory(store, IndexProgress.NONE);
        index.prepareSuggestions(); // as serve does: every write below also updates the completions
        long tIndexed = System.nanoTime();
        double cmIndexMs = (tIndexed - t0) / 1e6;
        double cmIndexOnlyMs = (tIndexed - tStore) / 1e6;

        // jena-text: the same triples added to a text dataset in one transaction (indexed as they land).
        EntityDefinition def = new EntityDefinition("uri", "text", RDFS.label.asNode());
        def.set("text", CM.text.asNode());
        TextIndexConfig cfg = new TextIndexConfig(def);
        cfg.setAnalyzer(new EnglishAnalyzer());
        Dataset jt;
        try {
            jt = onDisk ? TextDatasetFactory.createLucene(TDB2Factory.connectDataset(scratch("jena-text").toString()),
                            org.apache.lucene.store.FSDirectory.open(scratch("jena-text-index")), cfg)
                    : TextDatasetFactory.createLucene(TDB2Factory.createDataset(), SearchIndex.memoryDirectory(), cfg);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        long j0 = System.nanoTime();
        Txn.executeWrite(jt, () -> jt.getDefaultModel().add(data));
        double jtIndexMs = (System.nanoTime() - j0) / 1e6;

        Function<String, Integer> cruxFull = q -> index.search(SearchQuery.of(q)).hits().size();
        Function<String, Integer> cruxIds = q -> index.matches(q, 10).size();
        Function<String, Integer> jena = q -> jenaText(jt, q);

        double[][] m = measure(List.of(cruxFull, cruxIds, jena), queries);
        double[] full = m[0];
        double[] ids = m[1];
        double[] jtl = m[2];
        long hitsC = queries.stream().mapToLong(q -> cruxIds.apply(q)).sum();
        long hitsJ = queries.stream().mapToLong(q -> jena.apply(q)).sum();

        System.out.printf("%-44s %10s %10s %12s %14s %12s %14s%n", "", "p50 ms", "p99 ms", "queries/s", "indexing ms", "cpu p50 ms", "proc cpu ms/q");
        row("Cruxmap search (hits+facets+highlights)", full, cmIndexMs);
        row("Cruxmap matches (ids+scores, as cm:search)", ids, cmIndexMs);
        row("jena-text text:query (+ rdfs:label join)", jtl, jtIndexMs);
        System.out.printf("  Cruxmap indexing: %.0f ms store commit + %.0f ms index build from the store%n", cmIndexMs - cmIndexOnlyMs, cmIndexOnlyMs);
        System.out.printf("  ratios Cruxmap/jena-text: p50 full %.2f, p50 matches %.2f, p99 full %.2f, throughput full %.2f, indexing %.2f, cpu p50 full %.2f, process cpu/query full %.2f%n",
                full[0] / jtl[0], ids[0] / jtl[0], full[1] / jtl[1], full[2] / jtl[2], cmIndexMs / jtIndexMs, full[3] / jtl[3], full[4] / jtl[4]);
        System.out.printf("  hits returned over the 100 queries (top 10 each): Cruxmap %d, jena-text %d%n", hitsC, hitsJ);

        // Time to searchable: one new statement committed (then the index told, as the write path does), polled until found.
        double[] cm = new double[5];
        double[] jj = new double[5];
        for (int i = 0; i < 5; i++) {
            String word = "zyxtorp" + (char) ('a' + i) + n;
            Model one = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            one.createResource(CM.ID_BASE + "statement/new-" + i).addProperty(org.apache.jena.vocabulary.RDF.type, CM.Statement)
                    .addProperty(org.apache.jena.vocabulary.RDF.type, CM.Claim).addProperty(RDFS.label, "A fresh " + word + " claim")
                    .addProperty(CM.status, CM.unverified);
            long s0 = System.nanoTime();
            store.replaceGraph(GraphRecord.forFile("new-" + i + ".ttl"), one);
            index.committed(store, java.util.Set.of(GraphRecord.graphFor("new-" + i + ".ttl")));
            while (index.matches(word, 1).isEmpty()) Thread.onSpinWait();
            cm[i] = (System.nanoTime() - s0) / 1e6;
            long u0 = System.nanoTime();
            Txn.executeWrite(jt, () -> jt.getDefaultModel().add(one));
            while (jenaText(jt, word) == 0) Thread.onSpinWait();
            jj[i] = (System.nanoTime() - u0) / 1e6;
        }
        Arrays.sort(cm);
        Arrays.sort(jj);
        System.out.printf("  time to searchable after a write (median of 5): Cruxmap %.1f ms (commit + index update + refresh), jena-text %.1f ms (commit)%n",
                cm[2], jj[2]);
        index.close();
        store.close();
        jt.close();
        for (java.nio.file.Path dir : SCRATCH) {
            try (var files = java.nio.file.Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (java.io.IOException e) {
                System.err.println("could not remove " + dir + ": " + e.getMessage());
            }
        }
        SCRATCH.clear();
    }

    private static int jenaText(Dataset ds, String q) {
        String escaped = q.replace("\\", "\\\\").replace("\"", "\\\"");
        String sparql = "PREFIX text: <http://jena.apache.org/text#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
                + "SELECT ?s ?score ?label WHERE { (?s ?score) text:query (\"" + escaped + "\" 10) . ?s rdfs:label ?label } ORDER BY DESC(?score)";
        ds.begin(ReadWrite.READ);
        try (QueryExecution qe = QueryExecution.create().query(sparql).dataset(ds).build()) {
            ResultSet rs = qe.execSelect();
            int c = 0;
            while (rs.hasNext()) { rs.next(); c++; }
            return c;
        } finally {
            ds.end();
        }
    }

    /**
     * Per search: p50 ms, p99 ms, queries per second, p50 CPU ms of the searching thread, and the
     * process's CPU ms per query (all its threads, the search's helpers as well as the JVM's own, so
     * a search that hands work to other threads is charged for it) over the measured rounds. All
     * searches are warmed first; then each measured round runs every search over the 100 queries in
     * turn, so all of them meet the same machine load (the build machine is shared).
     */
    private static double[][] measure(List<Function<String, Integer>> searches, List<String> queries) {
        for (Function<String, Integer> search : searches) {
            for (int r = 0; r < WARM_ROUNDS; r++) for (String q : queries) search.apply(q);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int k = searches.size();
        long[] processCpu = new long[k];
        List<List<Double>> lat = new ArrayList<>();
        List<List<Double>> cpu = new ArrayList<>();
        long[] nanos = new long[k];
        for (int i = 0; i < k; i++) { lat.add(new ArrayList<>()); cpu.add(new ArrayList<>()); }
        for (int r = 0; r < MEASURE_ROUNDS; r++) {
            for (int i = 0; i < k; i++) {
                long p = os.getProcessCpuTime();
                for (String q : queries) {
                    long c = threads.getCurrentThreadCpuTime();
                    long s = System.nanoTime();
                    searches.get(i).apply(q);
                    long t = System.nanoTime() - s;
                    nanos[i] += t;
                    lat.get(i).add(t / 1e6);
                    cpu.get(i).add((threads.getCurrentThreadCpuTime() - c) / 1e6);
                }
                processCpu[i] += os.getProcessCpuTime() - p;
            }
        }
        double[][] out = new double[k][];
        for (int i = 0; i < k; i++) {
            List<Double> l = lat.get(i);
            List<Double> c = cpu.get(i);
            l.sort(null);
            c.sort(null);
            out[i] = new double[] {l.get(l.size() / 2), l.get((int) Math.ceil(l.size() * 0.99) - 1), l.size() / (nanos[i] / 1e9), c.get(c.size() / 2),
                processCpu[i] / 1e6 / l.size()};
        }
        return out;
    }

    private static void row(String name, double[] m, double indexMs) {
        System.out.printf("%-44s %10.3f %10.3f %12.0f %14.0f %12.3f %14.3f%n", name, m[0], m[1], m[2], indexMs, m[3], m[4]);
    }
}
