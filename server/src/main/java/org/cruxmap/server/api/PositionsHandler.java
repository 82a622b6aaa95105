package org.cruxmap.server.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.cruxmap.server.analysis.DoubleCrux;
import org.cruxmap.server.analysis.Positions;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.graph.Ids;

/** {@code GET /api/positions/{id}}: what a person holds and rejects, and what they say is or is not a crux for them. */
final class PositionsHandler implements Handler {
    private final KnowledgeBase kb;

    PositionsHandler(KnowledgeBase kb) { this.kb = kb; }

    @Override
    public void handle(Context ctx) {
        String id = ctx.pathParam("id");
        if (!Ids.valid(id)) throw ApiError.badRequest("bad parameter: id", "not a person id: '" + Params.shorten(id) + "'");
        var p = kb.store().read(ds -> Positions.of(ds.getUnionModel(), DoubleCrux.personIri(id)));
        ctx.json(p.orElseThrow(() -> ApiError.notFound("no person with id " + id)));
    }
}
