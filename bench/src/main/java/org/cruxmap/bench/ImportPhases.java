package org.cruxmap.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.cruxmap.ingest.Diagnostic;
import org.cruxmap.ingest.ReadContext;
import org.cruxmap.ingest.ReadResult;
import org.cruxmap.ingest.rdf.RdfReader;
import org.cruxmap.ingest.shacl.ShaclCheck;
import org.cruxmap.server.app.StagedWrite;
import org.cruxmap.server.index.IndexProgress;
import org.cruxmap.server.index.SearchIndex;
import org.cruxmap.server.store.GraphRecord;
import org.cruxmap.server.store.LocalStore;

/**
 * Where an import's time goes: reading the file, parsing, the SHACL check, the index documents read
 * from the model, the TDB2 commit and the index update, each timed alone on the main thread on a
 * fresh TDB2 directory, in wall-clock and main-thread CPU seconds. ({@code cruxmap import} runs the
 * SHACL check and the documents on other threads while the store stages the file.)
 * <pre>java -cp ... org.cruxmap.bench.ImportPhases FILE.nq DATA_DIR</pre>
 */
public final class ImportPhases {
    private ImportPhases() {}

    public static void main(String[] args) throws Exception {
        org.apache.jena.sys.JenaSystem.init();
        Path file = Path.of(args[0]);
        Path data = Path.of(args[1]);
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] cpu = new long[8];
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
            StagedWrite staged = index.staged(store, record.graphIri(), read.model(), Runnable::run);
            long t5 = System.nanoTime();
            cpu[5] = mx.getCurrentThreadCpuTime();
            store.replaceGraph(record, read.model());
            long t6 = System.nanoTime();
            cpu[6] = mx.getCurrentThreadCpuTime();
            staged.committed();
            long t7 = System.nanoTime();
            cpu[7] = mx.getCurrentThreadCpuTime();
            System.out.printf("triples %d, SHACL results %d, documents %d%n", read.model().size(), shacl.size(), index.size());
            System.out.printf("read %.2f s, parse %.2f s, shacl %.2f s, open %.2f s, documents %.2f s, store %.2f s, index %.2f s, total %.2f s%n",
                    s(t1 - t0), s(t2 - t1), s(t3 - t2), s(t4 - t3), s(t5 - t4), s(t6 - t5), s(t7 - t6), s(t7 - t0));
            System.out.printf("main-thread CPU: read %.2f s, parse %.2f s, shacl %.2f s, open %.2f s, documents %.2f s, store %.2f s, index %.2f s%n",
                    s(cpu[1] - cpu[0]), s(cpu[2] - cpu[1]), s(cpu[3] - cpu[2]), s(cpu[4] - cpu[3]), s(cpu[5] - cpu[4]),
                    s(cpu[6] - cpu[5]), s(cpu[7] - cpu[6]));
        }
    }

    private static double s(long nanos) { return nanos / 1e9; }
}
