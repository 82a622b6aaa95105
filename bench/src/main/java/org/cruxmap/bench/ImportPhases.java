package org.cruxmap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.jena.riot.Lang;
import org.cruxmap.ingest.Diagnostic;
import org.cruxmap.ingest.ReadContext;
import org.cruxmap.ingest.ReadResult;
import org.cruxmap.ingest.rdf.RdfReader;
import org.cruxmap.ingest.shacl.ShaclCheck;
import org.cruxmap.server.index.IndexProgress;
import org.cruxmap.server.index.SearchIndex;
import org.cruxmap.server.store.GraphRecord;
import org.cruxmap.server.store.LocalStore;

/**
 * Where an import's time goes: reading the file, parsing, the SHACL check, the TDB2 commit and the
 * index update, each timed alone on a fresh TDB2 directory, in wall-clock and main-thread CPU seconds.
 * <pre>java -cp ... org.cruxmap.bench.ImportPhases FILE.nq DATA_DIR</pre>
 */
public final class ImportPhases {
    private ImportPhases() {}

    public static void main(String[] args) throws Exception {
        org.apache.jena.sys.JenaSystem.init();
        Path file = Path.of(args[0]);
        Path data = Path.of(args[1]);
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] cpu = new long[7];
        cpu[0] = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        byte[] bytes = Files.readAllBytes(file);
        long t1 = System.nanoTime();
        cpu[1] = mx.getCurrentThreadCpuTime();
        ReadResult read = new RdfReader(Lang.NQUADS).read(bytes, ReadContext.of(file.toString()));
        long t2 = System.nanoTime();
        cpu[2] = mx.getCurrentThreadCpuTime();
        List<Diagnostic> shacl = ShaclCheck.check(read.model(), file.toString());
        long t3 = System.nanoTime();
        cpu[3] = mx.getCurrentThreadCpuTime();
        try (LocalStore store = LocalStore.tdb2(data);
             SearchIndex index = SearchIndex.forStore(store, data, IndexProgress.NONE)) {
            long t4 = System.nanoTime();
            cpu[4] = mx.getCurrentThreadCpuTime();
            GraphRecord record = GraphRecord.forFile(file.getFileName().toString());
            store.replaceGraph(record, read.model());
            long t5 = System.nanoTime();
            cpu[5] = mx.getCurrentThreadCpuTime();
            index.committed(store, Set.of(record.graphIri()));
            long t6 = System.nanoTime();
            cpu[6] = mx.getCurrentThreadCpuTime();
            System.out.printf("triples %d, SHACL results %d%n", read.model().size(), shacl.size());
            System.out.printf("read %.2f s, parse %.2f s, shacl %.2f s, open %.2f s, store %.2f s, index %.2f s, total %.2f s%n",
                    s(t1 - t0), s(t2 - t1), s(t3 - t2), s(t4 - t3), s(t5 - t4), s(t6 - t5), s(t6 - t0));
            System.out.printf("main-thread CPU: read %.2f s, parse %.2f s, shacl %.2f s, open %.2f s, store %.2f s, index %.2f s%n",
                    s(cpu[1] - cpu[0]), s(cpu[2] - cpu[1]), s(cpu[3] - cpu[2]), s(cpu[4] - cpu[3]), s(cpu[5] - cpu[4]), s(cpu[6] - cpu[5]));
        }
    }

    private static double s(long nanos) { return nanos / 1e9; }
}
