package org.cruxmap.server.api;

import java.util.List;
import org.cruxmap.server.analysis.CruxImpact;
import org.cruxmap.server.store.Store;

/**
 * Every crux's impact, worked out once per version of the store (its change counter) and shared by
 * {@code /api/cruxes} and {@code /api/crux-impact}: the viewer's cruxes page asks both at once, and
 * the work relabels the whole map twice per crux and per statement it is a crux for. A remote
 * store's counter moves when the store syncs, which every {@code /api/*} GET asks for first
 * ({@link Etags#before}), so another server's write is seen within the poll interval.
 */
final class CruxImpacts {
    /** The impacts of one version of the store. */
    record Known(long counter, List<CruxImpact.Impact> all) {}

    private final Store store;
    private Known known;

    CruxImpacts(Store store) { this.store = store; }

    /** The impacts of the store as it is now; one caller works them out while the others wait for the answer. */
    synchronized List<CruxImpact.Impact> current() {
        return versioned().all();
    }

    /** The impacts with the version of the store they were worked out on (when a write landed meanwhile, the version before it). */
    synchronized Known versioned() {
        long before = store.changeCounter();
        if (known != null && known.counter() == before) return known;
        List<CruxImpact.Impact> all = List.copyOf(store.read(ds -> CruxImpact.all(ds.getUnionModel())));
        // kept only when no write landed meanwhile, so an answer is never filed under an older version
        Known fresh = new Known(before, all);
        if (store.changeCounter() == before) known = fresh;
        return fresh;
    }
}
