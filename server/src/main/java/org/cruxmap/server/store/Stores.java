package org.cruxmap.server.store;

import java.nio.file.Path;

/** Opens the store a --store / --data pair names. */
public final class Stores {
    private Stores() {}

    /** {@code tdb2} (default) opens dataDir, {@code mem} an empty in-memory store. */
    public static Store open(String kind, Path dataDir) {
        String k = kind == null ? "tdb2" : kind;
        return switch (k) {
            case "tdb2" -> LocalStore.tdb2(dataDir);
            case "mem" -> LocalStore.inMemory();
            default -> throw new IllegalArgumentException(
                    "unknown store '" + k + "': use tdb2, mem" + (k.startsWith("http") ? " (remote stores are not supported yet)" : ""));
        };
    }
}
