package org.cruxmap.server.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.graph.CruxReport;

/** {@code GET /api/cruxes}: each crux, what it is a crux for, for whom, and the evidence around it. */
final class CruxesHandler implements Handler {
    private final KnowledgeBase kb;

    CruxesHandler(KnowledgeBase kb) { this.kb = kb; }

    @Override
    public void handle(Context ctx) {
        var cruxes = kb.store().read(ds -> CruxReport.all(ds.getUnionModel()));
        ctx.json(Map.of("total", cruxes.size(), "cruxes", cruxes));
    }
}
