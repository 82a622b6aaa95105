package org.cruxmap.server.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import org.cruxmap.server.analysis.CruxImpact;
import org.cruxmap.server.app.KnowledgeBase;

/** {@code GET /api/crux-impact}: every crux with the statements whose grounded label it swings, largest impact first. */
final class CruxImpactHandler implements Handler {
    private final KnowledgeBase kb;

    CruxImpactHandler(KnowledgeBase kb) { this.kb = kb; }

    @Override
    public void handle(Context ctx) {
        var all = kb.store().read(ds -> CruxImpact.all(ds.getUnionModel()));
        ctx.json(Map.of("total", all.size(), "cruxes", all));
    }
}
