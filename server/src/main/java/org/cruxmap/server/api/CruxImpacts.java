package org.cruxmap.server.api;

import io.javalin.http.Context;
import java.time.Duration;
import org.cruxmap.server.analysis.CruxImpact;
import org.cruxmap.server.store.Store;

/**
 * Every crux's impact, worked out once per version of the store (its change counter) and shared by
 * {@code /api/cruxes} and {@code /api/crux-impact}: the viewer's cruxes page asks both at once, and
 * each node settled (a crux, or a statement one decides) relabels the whole map twice. On a large
 * map one request works out impacts for about {@link #LIMIT} (and the settling under way when it
 * runs out); what it settled is kept, so the next request for the same version goes on from there. A remote store's counter moves when the store syncs, which every
 * {@code /api/*} GET asks for first ({@link Etags#before}), so another server's write is seen within
 * the poll interval.
 */
final class CruxImpacts {
    /** How long one request may work out impacts. */
    static final Duration LIMIT = Duration.ofSeconds(5);

    /** The impacts of one version of the store, complete or as far as they got. */
    record Known(long counter, CruxImpact.Ranking ranking) {}

    private final Store store;
    private final long limitNanos;
    private Known known;
    /** When {@link #known} was filed. */
    private long knownAt;
    /** What the impacts of version {@link #workOf} have settled so far. */
    private CruxImpact.Work work;
    private long workOf = -1;

    CruxImpacts(Store store, Duration limit) {
        this.store = store;
        this.limitNanos = limit.toNanos();
    }

    /**
     * The impacts for one request: as {@link #versioned()}, and an unfinished answer is left untagged
     * and uncached, since the next request for the same version goes on and answers differently.
     */
    Known forRequest(Context ctx) {
        Known k = versioned();
        if (!k.ranking().complete()) Etags.untagged(ctx);
        return k;
    }

    /**
     * The impacts of the store as it is now, with the version they were worked out on (when a write
     * landed meanwhile, the version before it). One caller works while the others wait, and a caller
     * that waited while another worked on the same version takes that answer.
     */
    Known versioned() {
        long arrived = System.nanoTime();
        synchronized (this) {
            long before = store.changeCounter();
            if (known != null && known.counter() == before && (known.ranking().complete() || knownAt - arrived > 0)) return known;
            CruxImpact.Ranking ranking = store.read(ds -> {
                if (workOf != before) {
                    work = null; // let the old map go before reading the new one
                    work = CruxImpact.Work.of(ds.getUnionModel());
                    workOf = before;
                }
                return CruxImpact.all(work, ds.getUnionModel(), limitNanos);
            });
            Known fresh = new Known(before, ranking);
            // kept only when no write landed meanwhile, so an answer is never filed under an older version
            if (store.changeCounter() == before) {
                known = fresh;
                knownAt = System.nanoTime();
            } else {
                workOf = -1;
            }
            return fresh;
        }
    }
}
