package org.cruxmap.ingest.argdown;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cruxmap.ingest.ReadContext;

/**
 * Throughput of the Argdown reader on one large file: the reference-equivalent stage (lex, parse,
 * model) and the whole reader (with the RDF mapping). Usage: ArgdownBench FILE [RUNS]. Prints
 * {@code java-model MB/s} and {@code java-rdf MB/s} lines for bench/argdown-bench.sh.
 */
public final class ArgdownBench {
    private ArgdownBench() {}

    public static void main(String[] args) throws Exception {
        byte[] bytes = Files.readAllBytes(Path.of(args[0]));
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String text = new String(bytes, StandardCharsets.UTF_8);
        double mb = bytes.length / 1_000_000.0;
        for (int i = 0; i < 2; i++) ArgdownSyntax.read(text, "bench.argdown");
        long t0 = System.nanoTime();
        int statements = 0;
        for (int i = 0; i < runs; i++) statements = ArgdownSyntax.read(text, "bench.argdown").statements.size();
        double modelSeconds = (System.nanoTime() - t0) / 1e9 / runs;
        new ArgdownReader().read(bytes, ReadContext.of("bench.argdown"));
        long t1 = System.nanoTime();
        long triples = 0;
        for (int i = 0; i < runs; i++) triples = new ArgdownReader().read(bytes, ReadContext.of("bench.argdown")).model().size();
        double rdfSeconds = (System.nanoTime() - t1) / 1e9 / runs;
        System.out.printf("java-model %.2f MB/s (%.3f s per run, %d statements)%n", mb / modelSeconds, modelSeconds, statements);
        System.out.printf("java-rdf %.2f MB/s (%.3f s per run, %d triples)%n", mb / rdfSeconds, rdfSeconds, triples);
    }
}
