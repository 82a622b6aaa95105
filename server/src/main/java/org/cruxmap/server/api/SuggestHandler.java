package org.cruxmap.server.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.Map;
import org.cruxmap.server.index.SearchIndex;

/** {@code GET /api/suggest?q=&limit=}: completions for the search box, {@code {"suggestions":[{"id","label","type"}]}}. */
final class SuggestHandler implements Handler {
    private final SearchIndex index;

    SuggestHandler(SearchIndex index) { this.index = index; }

    @Override
    public void handle(Context ctx) {
        if (index == null) throw new ApiError(503, "search is not available", "this server runs without a search index");
        String q = ctx.queryParam("q");
        if (q != null && q.length() > 200) throw ApiError.badRequest("bad parameter: q", "the prefix is longer than 200 characters");
        int limit = Params.integer(ctx, "limit", 8, 1, 50);
        ctx.json(Map.of("suggestions", q == null ? java.util.List.of() : index.suggest(q, limit)));
    }
}
