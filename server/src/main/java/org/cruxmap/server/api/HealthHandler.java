package org.cruxmap.server.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.cruxmap.server.app.KnowledgeBase;

/** {@code GET /api/health}: status, statement count, store kind, change counter, graphs. */
final class HealthHandler implements Handler {
    private static final String COUNT = """
            PREFIX cm: <https://w3id.org/cruxmap/ns#>
            SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?c . VALUES ?c { cm:Statement cm:Claim cm:Crux cm:Evidence } }""";

    private final KnowledgeBase kb;

    HealthHandler(KnowledgeBase kb) { this.kb = kb; }

    @Override
    public void handle(Context ctx) {
        long statements = kb.store().read(ds -> {
            try (QueryExecution qe = QueryExecution.create().query(COUNT).dataset(ds).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("statements", statements);
        body.put("store", kb.store().kind());
        body.put("changeCounter", kb.store().changeCounter());
        body.put("graphs", kb.store().graphs().size());
        ctx.json(body);
    }
}
