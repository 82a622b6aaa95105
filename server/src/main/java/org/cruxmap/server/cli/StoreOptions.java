package org.cruxmap.server.cli;

import java.nio.file.Path;
import org.cruxmap.server.store.Store;
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

    /** Opens the store. */
    public Store open() {
        if (storePollMillis < 0) throw new IllegalArgumentException("--store-poll must not be negative");
        return Stores.open(store, dataDir(), storePollMillis);
    }
}
