package org.cruxmap.server.cli;

import java.nio.file.Path;
import org.cruxmap.server.store.Store;
import org.cruxmap.server.store.StoreException;
import org.cruxmap.server.store.Stores;
import picocli.CommandLine.Option;

/** The options that pick the store, shared by every command that opens one. */
public final class StoreOptions {
    @Option(names = "--data", paramLabel = "DIR",
            description = "TDB2 data directory (default: $CRUXMAP_DATA or ./cruxmap-data)")
    Path data;

    @Option(names = "--store", paramLabel = "KIND", defaultValue = "tdb2",
            description = "tdb2 (on disk, default), mem (in memory, gone on exit) or http://HOST:PORT/DATASET (a SPARQL 1.1 endpoint such as Fuseki)")
    String store;

    @Option(names = "--store-poll", paramLabel = "MS", defaultValue = "1000",
            description = "with a remote store: how often, at most, to ask it whether its data changed, in milliseconds (default 1000)")
    long storePollMillis;

    /** The data directory the options and the environment name. */
    public Path dataDir() {
        if (data != null) return data;
        String env = System.getenv("CRUXMAP_DATA");
        return Path.of(env != null && !env.isBlank() ? env : "cruxmap-data");
    }

    /** Opens the store, creating an empty one where there is none (import and serve). */
    public Store open() {
        if (storePollMillis < 0) throw new IllegalArgumentException("--store-poll must not be negative");
        try {
            return Stores.open(store, dataDir(), storePollMillis);
        } catch (org.apache.jena.dboe.DBOpEnvException e) {
            if (e.getMessage() == null || !e.getMessage().contains("lock")) throw e;
            java.util.regex.Matcher pid = java.util.regex.Pattern.compile("held by process (\\d+)").matcher(e.getMessage());
            throw new StoreException("the store in " + dataDir() + " is in use by another process" + (pid.find() ? " (pid " + pid.group(1) + ")" : "")
                    + ", most likely a running `cruxmap serve`: stop it, or ask it over HTTP");
        }
    }

    /** True for a folder holding a TDB2 database (its lock file or a Data-NNNN generation). */
    private static boolean isStore(Path dir) {
        if (java.nio.file.Files.exists(dir.resolve("tdb.lock"))) return true;
        try (var list = java.nio.file.Files.list(dir)) {
            return list.anyMatch(p -> p.getFileName().toString().startsWith("Data-") && java.nio.file.Files.isDirectory(p));
        } catch (java.io.IOException notAFolder) {
            return false;
        }
    }

    /**
     * Opens a store that must be there already (search, sparql, export, reindex): a TDB2 directory
     * that does not exist is a mistyped --data, not an empty store to create.
     */
    public Store openExisting() {
        if (store.equals("tdb2") && !isStore(dataDir())) {
            throw new IllegalArgumentException("no store in " + dataDir() + ": check --data (or $CRUXMAP_DATA), or import a file into it first");
        }
        return open();
    }
}
