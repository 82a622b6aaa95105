import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.cruxmap.ingest.Format;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.ingest.ReadContext;
import org.cruxmap.ingest.ReadResult;
import org.cruxmap.ingest.aif.AifReader;

/**
 * AIF import throughput over a folder of AIF JSON files (default: the 661 AraucariaDB nodesets):
 * AIF nodes per second for reading alone and for reading plus the SHACL check, files held in
 * memory so disk speed does not count. One warm-up pass, then the median of RUNS timed passes.
 * Run with bench/aif-throughput.sh.
 */
public class AifThroughput {
    static final int RUNS = 5;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/conformance/aif/araucaria");
        List<Path> paths;
        try (Stream<Path> s = Files.list(dir)) {
            paths = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        List<byte[]> files = new ArrayList<>();
        long nodes = 0;
        long bytes = 0;
        for (Path p : paths) {
            byte[] b = Files.readAllBytes(p);
            files.add(b);
            bytes += b.length;
            nodes += org.apache.jena.atlas.json.JSON.parse(new String(b, StandardCharsets.UTF_8)).get("nodes").getAsArray().size();
        }
        Ingest ingest = Ingest.standard();
        AifReader reader = new AifReader();
        pass(files, paths, ingest, reader, true);
        double[] readOnly = new double[RUNS];
        double[] withShacl = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            readOnly[i] = pass(files, paths, ingest, reader, false);
            withShacl[i] = pass(files, paths, ingest, reader, true);
        }
        double r = median(readOnly);
        double s = median(withShacl);
        System.out.printf("AIF import, %d files, %d nodes, %.1f MB, median of %d runs (Java %s, %d cores)%n",
                files.size(), nodes, bytes / 1e6, RUNS, System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
        System.out.printf("  read only:     %8.3f s  %,10.0f nodes/s%n", r, nodes / r);
        System.out.printf("  read + SHACL:  %8.3f s  %,10.0f nodes/s%n", s, nodes / s);
    }

    /** Seconds for one pass over all files; fails loudly if any file has an error. */
    static double pass(List<byte[]> files, List<Path> paths, Ingest ingest, AifReader reader, boolean shacl) {
        long t0 = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            ReadContext ctx = ReadContext.of(paths.get(i).getFileName().toString());
            ReadResult result = shacl ? ingest.read(files.get(i), Format.AIF, ctx) : reader.read(files.get(i), ctx);
            if (result.hasErrors()) throw new IllegalStateException(paths.get(i) + ": " + result.errors());
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
