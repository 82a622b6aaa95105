package org.cruxmap.server.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cruxmap.ingest.Diagnostic;
import org.cruxmap.ingest.Format;
import org.cruxmap.server.app.ImportOutcome;
import org.cruxmap.server.app.ImportRequest;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.graph.Ids;

/**
 * {@code POST /api/import?name=FILE[&format=F][&graph=IRI][&dryRun=true]}: the body is one file,
 * read, checked and written as one named graph exactly as the CLI's import does. A file with errors
 * lands not at all and is answered 400 with every diagnostic.
 */
final class ImportHandler implements Handler {
    private final KnowledgeBase kb;
    private final WriteGuard guard;
    private final long maxBody;

    ImportHandler(KnowledgeBase kb, WriteGuard guard, long maxBody) {
        this.kb = kb;
        this.guard = guard;
        this.maxBody = maxBody;
    }

    @Override
    public void handle(Context ctx) {
        guard.check(ctx);
        String name = ctx.queryParam("name");
        if (name == null || name.isBlank() || name.length() > 255 || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw ApiError.badRequest("bad parameter: name", "give the file name, e.g. name=map.argdown (no directories)");
        }
        Optional<Format> format = Optional.empty();
        String f = ctx.queryParam("format");
        if (f != null && !f.isBlank()) {
            format = Format.byName(f);
            if (format.isEmpty()) throw ApiError.badRequest("bad parameter: format", "unknown format '" + Params.shorten(f) + "'; use one of " + Format.names());
        }
        String graph = ctx.queryParam("graph");
        if (graph != null && !Ids.graphIri(graph)) {
            throw ApiError.badRequest("bad parameter: graph", "graph must be an absolute IRI (http, https or urn)");
        }
        String dry = ctx.queryParam("dryRun");
        if (dry != null && !dry.equalsIgnoreCase("true") && !dry.equalsIgnoreCase("false")) {
            throw ApiError.badRequest("bad parameter: dryRun", "dryRun is true or false, not '" + Params.shorten(dry) + "'");
        }
        boolean dryRun = "true".equalsIgnoreCase(dry);
        ImportRequest request = new ImportRequest(name, HttpBodies.read(ctx, maxBody), format, Optional.ofNullable(graph));
        ImportOutcome outcome = kb.importAll(List.of(request), dryRun).get(0);
        ctx.status(outcome.diagnostics().stream().anyMatch(Diagnostic::isError) ? 400 : 200).json(body(outcome));
    }

    private static Map<String, Object> body(ImportOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        boolean errors = o.diagnostics().stream().anyMatch(Diagnostic::isError);
        if (errors) {
            m.put("error", "the file has errors; nothing of it was written");
            m.put("detail", o.diagnostics().stream().filter(Diagnostic::isError).findFirst().map(Diagnostic::format).orElse(null));
        }
        m.put("file", o.fileName());
        m.put("graph", o.graphIri());
        m.put("triples", o.triples());
        m.put("written", o.written());
        m.put("diagnostics", o.diagnostics().stream().map(d -> {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("severity", d.severity().word());
            dm.put("code", d.code());
            dm.put("line", d.line());
            dm.put("column", d.column());
            dm.put("message", d.message());
            return dm;
        }).toList());
        return m;
    }
}
