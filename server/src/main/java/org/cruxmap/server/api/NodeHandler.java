package org.cruxmap.server.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.graph.Ids;
import org.cruxmap.server.graph.NodeReader;

/** {@code GET /api/nodes/{id}}: one node with its quotes, sources, holders, status and relations. */
final class NodeHandler implements Handler {
    private final KnowledgeBase kb;

    NodeHandler(KnowledgeBase kb) { this.kb = kb; }

    @Override
    public void handle(Context ctx) {
        String id = ctx.pathParam("id");
        if (!Ids.valid(id)) throw ApiError.badRequest("bad parameter: id", "not a node id: '" + Params.shorten(id) + "'");
        var node = kb.store().read(ds -> NodeReader.read(ds.getUnionModel(), Ids.iri(id)));
        ctx.json(node.orElseThrow(() -> ApiError.notFound("no node with id " + id)));
    }
}
