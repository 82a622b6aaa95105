package org.cruxmap.server.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cruxmap.server.export.Exporter;
import org.cruxmap.server.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports the knowledge base: ttl, jsonld, argdown and aif merge all graphs; trig and nq keep each named graph.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;

    @Option(names = "--format", paramLabel = "F", defaultValue = "ttl", description = "ttl (default), trig, nq, jsonld, argdown, aif")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to a file instead of standard output")
    Path out;

    @Override
    public Integer call() throws IOException {
        var kind = Exporter.Kind.byName(format);
        if (kind.isEmpty()) return Cli.usage("unknown export format '" + format + "'; use ttl, trig, nq, jsonld, argdown, aif");
        try (Store store = storeOptions.open()) {
            if (out == null) {
                Exporter.write(store, kind.get(), Cli.OUT);
                Cli.OUT.flush();
            } else {
                Path tmp = out.resolveSibling(out.getFileName() + ".part");
                try (OutputStream o = new BufferedOutputStream(java.nio.file.Files.newOutputStream(tmp))) {
                    Exporter.write(store, kind.get(), o);
                }
                java.nio.file.Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            return 0;
        }
    }
}
