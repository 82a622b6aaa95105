package org.cruxmap.server.api;

import io.javalin.http.Context;
import java.util.Map;
import org.cruxmap.server.sparql.Negotiation;
import org.cruxmap.server.sparql.SparqlError;

/** Answers a refused SPARQL request: JSON {@code {"error","detail","line","column"}}, or text when the client asked for text. */
final class SparqlErrors {
    private SparqlErrors() {}

    static void render(SparqlError e, Context ctx) {
        ctx.status(e.status());
        if (Negotiation.prefersText(ctx.header("Accept"))) {
            String where = e.line() > 0 ? " (line " + e.line() + ", column " + e.column() + ")" : "";
            // one line: the parser's message without its list of the tokens it was expecting
            String detail = java.util.Objects.requireNonNullElse(ErrorText.clean(e.detail()), "").lines().findFirst().orElse("").strip();
            ctx.contentType("text/plain; charset=utf-8").result(ErrorText.clean(e.getMessage()) + ": " + detail + where + "\n");
            return;
        }
        Map<String, Object> body = ApiServer.body(e.getMessage(), e.detail());
        if (e.line() > 0) {
            body.put("line", e.line());
            body.put("column", e.column());
        }
        ctx.json(body);
    }
}
