package org.cruxmap.server.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.server.app.ImportRequest;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.store.LocalStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Parses files and checks them against the SHACL shapes, writing nothing. Exit 2 when any has errors.")
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "1..*", description = "files or directories to check")
    List<Path> files;

    @Option(names = "--format", paramLabel = "F", description = "the format of every file (default: from the extension)")
    String format;

    @Override
    public Integer call() throws IOException {
        var f = format == null ? Optional.<org.cruxmap.ingest.Format>empty() : org.cruxmap.ingest.Format.byName(format);
        if (format != null && f.isEmpty()) return Cli.usage("unknown format '" + format + "'; use one of " + org.cruxmap.ingest.Format.names());
        List<Path> all = Files.expand(files);
        try (KnowledgeBase kb = new KnowledgeBase(LocalStore.inMemory(), Ingest.standard())) {
            var requests = new java.util.ArrayList<ImportRequest>();
            for (Path p : all) {
                if (!java.nio.file.Files.isRegularFile(p)) {
                    Cli.err(p + ": error: no such file");
                    return 2;
                }
                requests.add(new ImportRequest(p.toString(), java.nio.file.Files.readAllBytes(p), f, Optional.empty()));
            }
            return Cli.report(kb.importAll(requests, true), "valid");
        }
    }
}
