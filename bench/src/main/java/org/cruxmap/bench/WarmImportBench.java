package org.cruxmap.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.cruxmap.server.cli.Main;

/**
 * The import against tdb2.tdbloader with both JVMs warm: one JVM runs {@code cruxmap import} (its
 * command line, {@code Main.run}, exactly what {@code java -jar cruxmap.jar import} runs) and
 * {@code tdb2.tdbloader} (its {@code main}) on the same N-Quads file, each into a fresh TDB2 directory,
 * first WARMUP times each to warm the JIT compilers alike, then RUNS times each, alternated (which
 * goes first alternating too), and prints the medians. {@code bench/import-vs-tdbloader.sh} times the
 * same two commands cold, JVM start and compilation included.
 * Prints one line per measured run, then the medians:
 * <pre>
 *   warm run K CRUX_WALL_S CRUX_CPU_S TDBLOADER_WALL_S TDBLOADER_CPU_S
 *   import-warm TRIPLES CRUX_WALL_S CRUX_TRIPLES_PER_S TDBLOADER_WALL_S TDBLOADER_TRIPLES_PER_S RATIO CRUX_CPU_S TDBLOADER_CPU_S
 * </pre>
 * CPU seconds are the whole process's (every thread, the compilers and the collector included).
 * <pre>java -Xmx4g -cp ... org.cruxmap.bench.WarmImportBench FILE.nq [WARMUP (default 2)] [RUNS (default 3)]</pre>
 */
public final class WarmImportBench {
    private WarmImportBench() {}

    /** One timed command: wall-clock and process CPU seconds. */
    record Timing(double wall, double cpu) {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        long triples = countQuads(file);
        Path work = Files.createTempDirectory("cruxmap-warm-import");
        try {
            for (int k = 1; k <= warmup; k++) {
                Timing c = cruxmap(file, work);
                Timing t = tdbloader(file, work);
                System.out.printf("warm-up %d %.1f %.1f %.1f %.1f%n", k, c.wall, c.cpu, t.wall, t.cpu);
            }
            List<Timing> crux = new ArrayList<>();
            List<Timing> tdb = new ArrayList<>();
            for (int k = 1; k <= runs; k++) {
                if (k % 2 == 1) { tdb.add(tdbloader(file, work)); crux.add(cruxmap(file, work)); }
                else { crux.add(cruxmap(file, work)); tdb.add(tdbloader(file, work)); }
                Timing c = crux.get(k - 1);
                Timing t = tdb.get(k - 1);
                System.out.printf("warm run %d %.1f %.1f %.1f %.1f%n", k, c.wall, c.cpu, t.wall, t.cpu);
            }
            double cw = median(crux.stream().mapToDouble(Timing::wall).toArray());
            double cc = median(crux.stream().mapToDouble(Timing::cpu).toArray());
            double tw = median(tdb.stream().mapToDouble(Timing::wall).toArray());
            double tc = median(tdb.stream().mapToDouble(Timing::cpu).toArray());
            System.out.printf("import-warm %d %.1f %.0f %.1f %.0f %.2f %.1f %.1f%n",
                    triples, cw, triples / cw, tw, triples / tw, tw / cw, cc, tc);
        } finally {
            delete(work);
        }
    }

    private static Timing cruxmap(Path file, Path work) throws IOException {
        Path data = work.resolve("cruxmap");
        delete(data);
        Timing t = timed(() -> {
            int code = Main.run("import", file.toString(), "--data", data.toString());
            if (code != 0) throw new IllegalStateException("cruxmap import exited " + code);
        });
        release(data);
        return t;
    }

    private static Timing tdbloader(Path file, Path work) throws IOException {
        Path db = work.resolve("tdb");
        delete(db);
        Timing t = timed(() -> tdb2.tdbloader.main("--loc", db.toString(), file.toString()));
        release(db);
        return t;
    }

    /** Drops every TDB2 database this JVM holds open, so a run's caches do not outlive it. */
    private static void release(Path dir) throws IOException {
        TDBInternal.reset();
        delete(dir);
        System.gc();
    }

    private static Timing timed(Runnable command) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long t0 = System.nanoTime();
        command.run();
        long t1 = System.nanoTime();
        long cpu1 = os.getProcessCpuTime();
        return new Timing((t1 - t0) / 1e9, (cpu1 - cpu0) / 1e9);
    }

    private static long countQuads(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.filter(l -> !l.isBlank() && !l.startsWith("#")).count();
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        java.util.Arrays.sort(v);
        int n = v.length;
        return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
    }

    private static void delete(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }
}
