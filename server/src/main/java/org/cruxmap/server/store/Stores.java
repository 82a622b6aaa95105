package org.cruxmap.server.store;

import java.nio.file.Path;

/** Opens the store a --store / --data pair names. */
public final class Stores {
    /** How often, at most, a remote store asks its endpoint whether the data changed (by default). */
    public static final long DEFAULT_POLL_MILLIS = 1000;

    private Stores() {}

    /** {@code tdb2} (default) opens dataDir, {@code mem} an empty in-memory store, an http(s) URL a remote store. */
    public static Store open(String kind, Path dataDir) { return open(kind, dataDir, DEFAULT_POLL_MILLIS); }

    /** As {@link #open(String, Path)}, with the poll interval of a remote store. */
    public static Store open(String kind, Path dataDir, long pollMillis) {
        String k = kind == null ? "tdb2" : kind;
        if (RemoteStore.isUrl(k)) return RemoteStore.connect(k, pollMillis);
        return switch (k) {
            case "tdb2" -> LocalStore.tdb2(dataDir);
            case "mem" -> LocalStore.inMemory();
            default -> throw new IllegalArgumentException("unknown store '" + k + "': use tdb2, mem or http://HOST:PORT/DATASET");
        };
    }
}
