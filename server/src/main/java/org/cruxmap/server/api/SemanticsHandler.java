package org.cruxmap.server.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cruxmap.server.analysis.Acceptability;
import org.cruxmap.server.analysis.Budget;
import org.cruxmap.server.analysis.Semantics;
import org.cruxmap.server.analysis.SemanticsResult;
import org.cruxmap.server.app.KnowledgeBase;

/**
 * {@code GET /api/semantics?semantics=grounded|preferred|stable&graph=IRI&timeLimitMs=N}: the label
 * of every statement and argument, and the extensions, over the whole map or one imported file.
 */
final class SemanticsHandler implements Handler {
    private final KnowledgeBase kb;

    SemanticsHandler(KnowledgeBase kb) { this.kb = kb; }

    @Override
    public void handle(Context ctx) {
        String name = ctx.queryParam("semantics");
        Semantics s = name == null || name.isBlank() ? Semantics.GROUNDED : Semantics.byName(name).orElseThrow(() ->
                ApiError.badRequest("bad parameter: semantics", "unknown semantics '" + Params.shorten(name) + "'; allowed: " + Semantics.names()));
        int limit = Params.integer(ctx, "timeLimitMs", 5_000, 1, 60_000);
        String raw = ctx.queryParam("graph");
        String g = raw == null || raw.isBlank() ? null : raw.strip();
        if (g != null && kb.store().graphs().stream().noneMatch(r -> r.graphIri().equals(g))) {
            if (!org.cruxmap.server.graph.Ids.graphIri(g)) {
                throw ApiError.badRequest("bad parameter: graph", "not an absolute IRI (http, https or urn): '" + Params.shorten(g) + "'");
            }
            throw ApiError.notFound("no imported graph <" + Params.shorten(g) + ">");
        }
        SemanticsResult r = kb.store().read(ds ->
                Acceptability.of(g == null ? ds.getUnionModel() : ds.getNamedModel(g), s, Budget.millis(limit)));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("graph", g);
        out.putAll(r.summary());
        ctx.json(out);
    }
}
