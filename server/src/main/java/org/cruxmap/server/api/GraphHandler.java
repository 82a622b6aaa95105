package org.cruxmap.server.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.graph.EdgeKind;
import org.cruxmap.server.graph.GraphRequest;
import org.cruxmap.server.graph.GraphWalker;
import org.cruxmap.server.graph.Ids;

/** {@code GET /api/graph?focus=&depth=2&limit=500&kinds=&types=}: a drawable piece of the argument graph. */
final class GraphHandler implements Handler {
    private static final Set<String> TYPES = Set.of("claim", "crux", "evidence", "statement", "argument", "source", "person", "unknown");
    private static final String KIND_NAMES = Arrays.stream(EdgeKind.values()).map(k -> k.name).collect(Collectors.joining(", "));

    private final KnowledgeBase kb;

    GraphHandler(KnowledgeBase kb) { this.kb = kb; }

    @Override
    public void handle(Context ctx) {
        String focus = ctx.queryParam("focus");
        if (focus != null && focus.isBlank()) focus = null;
        if (focus != null && !Ids.valid(focus)) throw ApiError.badRequest("bad parameter: focus", "not a node id: '" + Params.shorten(focus) + "'");
        Set<EdgeKind> kinds = Params.set(ctx, "kinds", EdgeKind::byName, KIND_NAMES);
        Set<String> types = Params.set(ctx, "types", t -> TYPES.contains(t) ? Optional.of(t) : Optional.empty(), String.join(", ", TYPES));
        GraphRequest req = new GraphRequest(focus == null ? null : Ids.iri(focus),
                Params.integer(ctx, "depth", 2, 0, GraphRequest.MAX_DEPTH),
                Params.integer(ctx, "limit", 500, 1, GraphRequest.MAX_LIMIT),
                kinds.isEmpty() ? GraphRequest.defaultKinds() : kinds, types);
        String focusIri = req.focusIri();
        ctx.json(kb.store().read(ds -> {
            if (focusIri != null && !GraphWalker.exists(ds.getUnionModel(), focusIri)) {
                throw ApiError.notFound("no node with id " + Ids.id(focusIri));
            }
            return GraphWalker.walk(ds.getUnionModel(), req);
        }));
    }
}
