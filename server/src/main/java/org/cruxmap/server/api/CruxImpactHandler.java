package org.cruxmap.server.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;

/** {@code GET /api/crux-impact}: every crux (or, on a large map, those worked out so far) with the statements whose grounded label it swings, largest impact first. */
final class CruxImpactHandler implements Handler {
    private final CruxImpacts impacts;

    CruxImpactHandler(CruxImpacts impacts) { this.impacts = impacts; }

    @Override
    public void handle(Context ctx) {
        var ranking = impacts.forRequest(ctx).ranking();
        ctx.json(Map.of("total", ranking.cruxes(), "complete", ranking.complete(), "cruxes", ranking.impacts()));
    }
}
