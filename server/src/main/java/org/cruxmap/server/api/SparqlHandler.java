package org.cruxmap.server.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.RDFDataMgr;
import org.cruxmap.server.sparql.Negotiation;
import org.cruxmap.server.sparql.PreparedQuery;
import org.cruxmap.server.sparql.ProtocolDataset;
import org.cruxmap.server.sparql.QueryService;
import org.cruxmap.server.sparql.ServiceDescription;
import org.cruxmap.server.sparql.SparqlFormat;
import org.cruxmap.server.sparql.UpdateService;

/**
 * The SPARQL 1.1 Protocol: {@code /sparql} answers queries (GET {@code ?query=}, POST form, POST
 * application/sparql-query), takes updates by POST (form {@code update=}, application/sparql-update),
 * and gives the service description on GET with no query. {@code /update} takes updates only.
 */
final class SparqlHandler implements Handler {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String QUERY = "application/sparql-query";
    private static final String UPDATE = "application/sparql-update";

    private final QueryService queries;
    private final UpdateService updates;
    private final WriteGuard guard;
    private final long maxBody;
    private final boolean queriesToo;

    SparqlHandler(QueryService queries, UpdateService updates, WriteGuard guard, long maxBody, boolean queriesToo) {
        this.queries = queries;
        this.updates = updates;
        this.guard = guard;
        this.maxBody = maxBody;
        this.queriesToo = queriesToo;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        if (ctx.method().equals(HandlerType.GET)) get(ctx);
        else post(ctx);
    }

    private void get(Context ctx) throws Exception {
        Map<String, List<String>> params = ctx.queryParamMap();
        if (params.containsKey("update")) {
            throw new ApiError(405, "updates need POST", "send SPARQL Update with POST, as update= in a form or as application/sparql-update");
        }
        List<String> query = params.get("query");
        if (query == null || !queriesToo) {
            if (!queriesToo) throw new ApiError(405, "updates need POST", "send SPARQL Update with POST; queries go to /sparql");
            describe(ctx);
            return;
        }
        query(ctx, single(query, "query"), params);
    }

    private void post(Context ctx) throws Exception {
        String type = HttpBodies.mediaType(ctx);
        if (type == null) {
            throw new ApiError(415, "missing Content-Type", "POST a form (" + FORM + "), " + QUERY + " or " + UPDATE);
        }
        switch (type) {
            case FORM -> {
                HttpBodies.requireUtf8(ctx);
                Map<String, List<String>> params = new LinkedHashMap<>(ctx.queryParamMap());
                HttpBodies.form(HttpBodies.utf8(HttpBodies.read(ctx, maxBody))).forEach((k, v) ->
                        params.merge(k, v, (a, b) -> { List<String> all = new java.util.ArrayList<>(a); all.addAll(b); return all; }));
                List<String> query = params.get("query");
                List<String> update = params.get("update");
                if (query != null && update != null) throw ApiError.badRequest("both query and update", "send either query= or update=, not both");
                if (update != null) update(ctx, single(update, "update"), params);
                else if (query != null && queriesToo) query(ctx, single(query, "query"), params);
                else if (query != null) throw ApiError.badRequest("queries go to /sparql", "this endpoint takes update= only");
                else throw ApiError.badRequest("missing parameter", "the form has neither query= nor update=");
            }
            case QUERY -> {
                if (!queriesToo) throw new ApiError(415, "queries go to /sparql", "this endpoint takes " + UPDATE);
                HttpBodies.requireUtf8(ctx);
                query(ctx, HttpBodies.utf8(HttpBodies.read(ctx, maxBody)), ctx.queryParamMap());
            }
            case UPDATE -> {
                HttpBodies.requireUtf8(ctx);
                guard.check(ctx);
                update(ctx, HttpBodies.utf8(HttpBodies.read(ctx, maxBody)), ctx.queryParamMap());
            }
            default -> throw new ApiError(415, "unsupported Content-Type",
                    type + " is not a SPARQL request; POST a form (" + FORM + "), " + QUERY + " or " + UPDATE);
        }
    }

    private static String single(List<String> values, String name) {
        if (values.size() != 1) throw ApiError.badRequest("more than one " + name, "give exactly one " + name + " parameter");
        return values.get(0);
    }

    private void query(Context ctx, String text, Map<String, List<String>> params) throws Exception {
        PreparedQuery prepared = queries.prepare(text, HttpBodies.endpoint(ctx));
        SparqlFormat format = format(ctx, prepared.kind(), params);
        ProtocolDataset dataset = new ProtocolDataset(params.getOrDefault("default-graph-uri", List.of()),
                params.getOrDefault("named-graph-uri", List.of()));
        ctx.header("Vary", "Accept");
        ctx.contentType(contentType(format));
        BufferedAnswer out = new BufferedAnswer(ctx);
        queries.execute(prepared, dataset, format, out);
        out.finish();
    }

    private void update(Context ctx, String text, Map<String, List<String>> params) {
        guard.check(ctx);
        ProtocolDataset using = new ProtocolDataset(params.getOrDefault("using-graph-uri", List.of()),
                params.getOrDefault("using-named-graph-uri", List.of()));
        updates.execute(updates.prepare(text, HttpBodies.endpoint(ctx), using));
        ctx.status(204);
    }

    private void describe(Context ctx) throws Exception {
        SparqlFormat format = format(ctx, Negotiation.Kind.GRAPH, Map.of());
        ctx.header("Vary", "Accept");
        ctx.contentType(contentType(format));
        BufferedAnswer out = new BufferedAnswer(ctx);
        RDFDataMgr.write(out, ServiceDescription.of(HttpBodies.endpoint(ctx)), format.rdfLang);
        out.finish();
    }

    /** The format a {@code format=} parameter names, or else the Accept header selects; 406 when none fits. */
    static SparqlFormat format(Context ctx, Negotiation.Kind kind, Map<String, List<String>> params) {
        List<String> named = params.get("format");
        if (named != null && !named.isEmpty()) {
            SparqlFormat f = SparqlFormat.byName(named.get(0)).orElse(null);
            if (f == null || Negotiation.offered(kind).stream().noneMatch(m -> Negotiation.choose(m, kind).map(r -> r.format() == f).orElse(false))) {
                throw ApiError.badRequest("bad parameter: format", "'" + named.get(0) + "' does not fit this answer; use one of "
                        + String.join(", ", names(kind)));
            }
            return f;
        }
        return Negotiation.choose(ctx.header("Accept"), kind).map(Negotiation.Row::format).orElseThrow(() ->
                new ApiError(406, "not acceptable", "this answer can be given as " + String.join(", ", Negotiation.offered(kind))));
    }

    private static List<String> names(Negotiation.Kind kind) {
        return Negotiation.offered(kind).stream().map(m -> Negotiation.choose(m, kind).get().format().name).distinct().toList();
    }

    static String contentType(SparqlFormat f) {
        return f.mediaType + "; charset=utf-8";
    }
}
