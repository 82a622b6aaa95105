package org.cruxmap.server.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cruxmap.server.index.SearchIndex;
import org.cruxmap.server.index.SearchQuery;

/**
 * {@code GET /api/search?q=&type=&tag=&holder=&status=&source=&limit=&offset=}: a page of hits with
 * highlights and facet counts. Filters repeat or take commas ({@code type=claim,crux}); a bad
 * parameter is a 400 naming it.
 */
final class SearchHandler implements Handler {
    private static final Set<String> TYPES = SearchQuery.TYPES;
    private static final Set<String> STATUSES = SearchQuery.STATUSES;

    private final SearchIndex index;

    SearchHandler(SearchIndex index) { this.index = index; }

    @Override
    public void handle(Context ctx) {
        if (index == null) throw new ApiError(503, "search is not available", "this server runs without a search index");
        List<String> types = values(ctx, "type");
        for (String t : types) {
            if (!TYPES.contains(t)) throw ApiError.badRequest("bad parameter: type", "unknown type '" + t + "'; use one of " + new java.util.TreeSet<>(TYPES));
        }
        List<String> statuses = values(ctx, "status");
        for (String s : statuses) {
            if (!STATUSES.contains(s)) throw ApiError.badRequest("bad parameter: status", "unknown status '" + s + "'; use verified, secondary or unverified");
        }
        int limit = Params.integer(ctx, "limit", 10, 1, SearchQuery.MAX_LIMIT);
        int offset = Params.integer(ctx, "offset", 0, 0, 100_000);
        String q = ctx.queryParam("q");
        if (q != null && q.length() > 2000) throw ApiError.badRequest("bad parameter: q", "the query is longer than 2000 characters");
        SearchQuery query = new SearchQuery(q, types, values(ctx, "tag"), values(ctx, "holder"), statuses, values(ctx, "source"), limit, offset);
        try {
            ctx.json(index.search(query));
        } catch (org.cruxmap.server.index.Searching.UnknownFilterValue e) {
            throw ApiError.badRequest("bad parameter: " + e.dimension, e.getMessage());
        }
    }

    /** Every value of a repeatable parameter, commas splitting values too; blanks dropped. */
    static List<String> values(Context ctx, String name) {
        List<String> out = new ArrayList<>();
        for (String v : ctx.queryParams(name)) {
            for (String part : v.split(",")) if (!part.isBlank()) out.add(part.strip());
        }
        return out;
    }
}
