package org.cruxmap.server.app;

import org.cruxmap.server.store.Store;

/** Told after every committed write, so derived state (the search index) follows the store. */
@FunctionalInterface
public interface WriteListener {
    /** The store committed a write that changed these graphs (empty: unknown, assume all). */
    void committed(Store store, java.util.Set<String> graphIris);
}
