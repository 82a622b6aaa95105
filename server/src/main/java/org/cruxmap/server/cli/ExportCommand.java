package org.cruxmap.server.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cruxmap.server.export.ArgdownFolder;
import org.cruxmap.server.export.Exporter;
import org.cruxmap.server.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Exports the knowledge base: ttl, jsonld, argdown and aif merge all graphs; trig and nq keep each named graph.")
public final class ExportCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;

    @Spec CommandSpec spec;

    @Option(names = "--format", paramLabel = "F", defaultValue = "ttl", description = "ttl (default), trig, nq, jsonld, argdown, aif")
    String format;

    @Option(names = "--out", paramLabel = "FILE", description = "write to a file instead of standard output; "
            + "with argdown, a folder (an existing directory or a path ending in /) gets map.argdown and data.ttl, "
            + "which import back into an empty store")
    Path out;

    @Override
    public Integer call() throws IOException {
        var kind = Exporter.Kind.byName(format);
        if (kind.isEmpty()) return Cli.usage("unknown export format '" + format + "'; use ttl, trig, nq, jsonld, argdown, aif");
        boolean toFolder = kind.get() == Exporter.Kind.ARGDOWN && out != null && isFolder(out);
        if (out != null && !toFolder) {
            if (java.nio.file.Files.isDirectory(out)) return Cli.usage(out + " is a folder; give --out a file name (only --format argdown writes a folder)");
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null && !java.nio.file.Files.isDirectory(parent)) return Cli.usage("cannot write " + out + ": there is no folder " + parent);
        }
        try (Store store = storeOptions.openExisting()) {
            if (toFolder) {
                ArgdownFolder.Written w = ArgdownFolder.write(store, out);
                Cli.ERR.println(out.resolve(ArgdownFolder.MAP) + ": " + w.mapTriples() + " triples; "
                        + out.resolve(ArgdownFolder.DATA) + ": " + w.dataTriples() + " triples the map does not say");
                return 0;
            }
            if (out == null) {
                Exporter.write(store, kind.get(), Cli.OUT);
                Cli.OUT.flush();
            } else {
                Path tmp = out.resolveSibling(out.getFileName() + ".part");
                try {
                    try (OutputStream o = new BufferedOutputStream(java.nio.file.Files.newOutputStream(tmp))) {
                        Exporter.write(store, kind.get(), o);
                    }
                    java.nio.file.Files.move(tmp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                } catch (IOException | RuntimeException e) {
                    java.nio.file.Files.deleteIfExists(tmp);
                    String why = e instanceof java.nio.file.AccessDeniedException ? "permission denied"
                            : e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                            : e.getMessage() != null ? e.getMessage() : "the write failed";
                    Cli.err("cruxmap: error: cannot write " + out + ": " + why + ", nothing was written");
                    return 1;
                }
            }
            return 0;
        }
    }

    private boolean isFolder(Path p) {
        return java.nio.file.Files.isDirectory(p) || spec.commandLine().getParseResult().matchedOption("--out").stringValues().get(0).endsWith("/");
    }
}
