package org.cruxmap.server.app;

import java.util.Set;
import java.util.concurrent.Executor;
import org.apache.jena.rdf.model.Model;
import org.cruxmap.server.store.Store;

/** Told after every committed write, so derived state (the search index) follows the store. */
@FunctionalInterface
public interface WriteListener {
    /** The store committed a write that changed these graphs (empty: unknown, assume all). */
    void committed(Store store, Set<String> graphIris);

    /**
     * Told before the store commits a file's model into a graph that will then be the store's only
     * data graph: the listener may start deriving its state from the model on the executor. The
     * returned step runs once the store committed, or is abandoned when the write does not land.
     * By default nothing starts early and the commit is told as any other.
     */
    default StagedWrite staged(Store store, String graphIri, Model model, Executor executor) {
        return () -> committed(store, Set.of(graphIri));
    }
}
