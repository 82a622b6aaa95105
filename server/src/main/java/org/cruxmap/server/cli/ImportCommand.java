package org.cruxmap.server.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cruxmap.ingest.Format;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.server.app.ImportOutcome;
import org.cruxmap.server.app.ImportRequest;
import org.cruxmap.server.app.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Imports files (directories recurse), each into its own named graph. A file with errors lands not at all.")
public final class ImportCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "files or directories to import")
    List<Path> files;

    @Mixin StoreOptions storeOptions;

    @Option(names = "--format", paramLabel = "F", description = "ttl, trig, nt, nq, jsonld, rdfxml, argdown, aif, text (default: from the extension)")
    String format;

    @Option(names = "--graph", paramLabel = "IRI", description = "the named graph to import into (one file only; default: one per file name)")
    String graph;

    @Option(names = "--dry-run", description = "parse and validate only, write nothing")
    boolean dryRun;

    /**
     * True (each clash reported) when two files would go into the same named graph: files of one
     * name in different folders, where the second would silently replace the first.
     */
    private static boolean clash(List<ImportRequest> requests) {
        java.util.Map<String, String> firstInto = new java.util.HashMap<>();
        boolean clash = false;
        for (ImportRequest r : requests) {
            String graph = r.targetGraph();
            String first = firstInto.putIfAbsent(graph, r.fileName());
            if (first == null) continue;
            Cli.err(r.fileName() + ": error: would go into the same named graph as " + first + " (<" + graph
                    + ">) and replace it; rename one, or import them one at a time, each with its own --graph IRI");
            clash = true;
        }
        if (clash) Cli.err("nothing was imported");
        return clash;
    }

    @Override
    public Integer call() throws IOException {
        Optional<Format> f = Optional.empty();
        if (format != null) {
            f = Format.byName(format);
            if (f.isEmpty()) return Cli.usage("unknown format '" + format + "'; use one of " + Format.names());
        }
        java.util.Map<Path, Path> once = new java.util.LinkedHashMap<>(); // a file named twice (a folder and a file in it) is imported once
        for (Path p : Files.expand(files)) once.putIfAbsent(p.toAbsolutePath().normalize(), p);
        List<Path> all = List.copyOf(once.values());
        if (graph != null && all.size() != 1) return Cli.usage("--graph takes exactly one file, got " + all.size());
        if (graph != null && !org.cruxmap.server.graph.Ids.graphIri(graph)) {
            return Cli.usage("--graph must be an absolute IRI (http, https or urn), not '" + graph + "'");
        }
        List<ImportRequest> requests = new ArrayList<>();
        boolean missing = false;
        for (Path p : all) {
            try {
                requests.add(new ImportRequest(p.toString(), java.nio.file.Files.readAllBytes(p), f, Optional.ofNullable(graph)));
            } catch (NoSuchFileException e) {
                Cli.err(p + ": error: no such file");
                missing = true;
            }
        }
        if (missing) return 2;
        if (clash(requests)) return 2;
        try (KnowledgeBase kb = new KnowledgeBase(storeOptions.open(), Ingest.standard());
             var index = Indexes.follow(kb, storeOptions);
             Progress progress = Progress.start("importing", requests.size())) {
            List<ImportOutcome> outcomes = kb.importAll(requests, dryRun, o -> progress.step());
            return Cli.report(outcomes, dryRun ? "checked" : "imported");
        }
    }
}
