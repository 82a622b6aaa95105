package org.cruxmap.server.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cruxmap.server.generate.GenerateSummary;
import org.cruxmap.server.generate.MapGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Writes a synthetic argument map of about N RDF statements: topics with trees of support and attack,"
                + " cross-links, evidence, cruxes with crux assertions per person, people, sources with texts and quotes"
                + " anchored in them. The same seed gives the same bytes.",
                "nq writes one N-Quads file; argdown writes a corpus folder (map-*.argdown, people.ttl, sources.ttl,"
                + " texts/*.md) that `import DIR` reads."})
public final class GenerateCommand implements Callable<Integer> {
    @Option(names = "--statements", paramLabel = "N", required = true, description = "about how many RDF statements (triples) to write")
    long statements;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "random seed (default 1)")
    long seed;

    @Option(names = "--out", paramLabel = "PATH", required = true, description = "the N-Quads file, or the folder for argdown")
    Path out;

    @Option(names = "--format", paramLabel = "F", description = "nq or argdown (default: nq when PATH ends in .nq, else argdown)")
    String format;

    @Override
    public Integer call() throws IOException {
        if (statements < 1) return Cli.usage("--statements must be at least 1");
        String f = format != null ? format : out.toString().endsWith(".nq") ? "nq" : "argdown";
        MapGenerator generator = new MapGenerator(statements, seed);
        long t0 = System.nanoTime();
        GenerateSummary summary = switch (f) {
            case "nq", "nquads" -> generator.writeNQuads(out);
            case "argdown" -> {
                if (java.nio.file.Files.exists(out) && !java.nio.file.Files.isDirectory(out)) {
                    yield null;
                }
                yield generator.writeArgdown(out);
            }
            default -> null;
        };
        if (summary == null) {
            return Cli.usage(f.equals("argdown") ? "--out " + out + " is a file; argdown output is a folder"
                    : "unknown format '" + f + "': use nq or argdown");
        }
        Cli.out(out + ": " + summary.describe() + String.format(" (%.1f s)", (System.nanoTime() - t0) / 1e9));
        return 0;
    }
}
