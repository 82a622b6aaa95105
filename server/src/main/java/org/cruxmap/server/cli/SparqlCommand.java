package org.cruxmap.server.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cruxmap.server.sparql.PreparedQuery;
import org.cruxmap.server.sparql.QueryService;
import org.cruxmap.server.sparql.SparqlError;
import org.cruxmap.server.sparql.SparqlFormat;
import org.cruxmap.server.sparql.SparqlRunner;
import org.cruxmap.server.store.Store;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "sparql", mixinStandardHelpOptions = true,
        description = "Runs a SPARQL query over all graphs (their union is the default graph). Prefixes cm:, id:, rdf:, rdfs:, xsd:, dct:, foaf:, prov:, oa:, schema: are predeclared.")
public final class SparqlCommand implements Callable<Integer> {
    static final class QuerySource {
        @Parameters(paramLabel = "QUERY", description = "the query text") String text;
        @Option(names = "--file", paramLabel = "F", description = "read the query from a file") Path file;
    }

    @ArgGroup(exclusive = true, multiplicity = "1") QuerySource source;

    @Mixin StoreOptions storeOptions;

    @Option(names = "--format", paramLabel = "F", defaultValue = "table",
            description = "table (default), json, xml, csv, tsv for SELECT/ASK; ttl, nt, jsonld, rdfxml for CONSTRUCT/DESCRIBE")
    String format;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10", description = "query time limit (default 10)")
    long timeoutSeconds;

    @Override
    public Integer call() throws IOException {
        String name = source.file != null ? source.file.toString() : "query";
        String text;
        if (source.file != null) {
            if (!java.nio.file.Files.isRegularFile(source.file)) return Cli.usage(source.file + ": no such file");
            text = java.nio.file.Files.readString(source.file);
        } else {
            text = source.text;
        }
        if (timeoutSeconds <= 0) return Cli.usage("--timeout must be at least 1 second, got " + timeoutSeconds);
        var f = SparqlFormat.byName(format);
        if (f.isEmpty()) return Cli.usage("unknown format '" + format + "'; use one of " + SparqlFormat.names());
        PreparedQuery prepared;
        try {
            prepared = QueryService.parse(text, null);
        } catch (SparqlError e) {
            if (QueryService.UPDATE_NOT_QUERY.equals(e.getMessage())) {
                Cli.err(name + ": error: this is a SPARQL update; the command line runs queries only (send updates to a running server's /update with its token)");
                return 2;
            }
            String at = e.line() > 0 ? ":" + e.line() + ":" + Math.max(e.column(), 1) : "";
            Cli.err(name + at + ": error: " + (e.line() > 0 ? firstLine(e.detail()) : e.getMessage() + ": " + e.detail()));
            return 2;
        }
        try (Store store = storeOptions.openExisting(); var index = Indexes.open(store, storeOptions)) {
            SparqlRunner.run(store, prepared, f.get(), Cli.OUT, timeoutSeconds * 1000);
            Cli.OUT.flush();
            return 0;
        } catch (IllegalArgumentException e) {
            return Cli.usage(e.getMessage());
        } catch (SparqlError e) {
            Cli.err(name + ": error: " + (e.status() == 503 ? "the query took longer than " + timeoutSeconds + " s and was stopped" : e.getMessage() + ": " + e.detail()));
            return 1;
        }
    }

    private static String firstLine(String s) {
        String t = s == null ? "syntax error" : s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
