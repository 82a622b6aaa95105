package org.cruxmap.server.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.cruxmap.server.analysis.DoubleCrux;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.graph.Ids;

/** {@code GET /api/double-crux?a=ID&b=ID}: where two people's positions differ, and the cruxes that bear on that for both. */
final class DoubleCruxHandler implements Handler {
    private final KnowledgeBase kb;

    DoubleCruxHandler(KnowledgeBase kb) { this.kb = kb; }

    @Override
    public void handle(Context ctx) {
        String a = person(ctx, "a");
        String b = person(ctx, "b");
        if (a.equals(b)) throw ApiError.badRequest("bad parameter: b", "a and b name the same person; a double crux needs two");
        ctx.json(kb.store().read(ds -> {
            Model m = ds.getUnionModel();
            return DoubleCrux.of(m, known(m, a), known(m, b));
        }));
    }

    private static String person(Context ctx, String name) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) throw ApiError.badRequest("bad parameter: " + name, name + " is required: a person id such as person/ann");
        if (!Ids.valid(v.strip())) throw ApiError.badRequest("bad parameter: " + name, "not a person id: '" + Params.shorten(v) + "'");
        return DoubleCrux.personIri(v.strip());
    }

    private static Resource known(Model m, String iri) {
        Resource r = m.getResource(iri);
        if (!m.contains(r, null, (RDFNode) null) && !m.contains(null, null, r)) throw ApiError.notFound("no person with id " + Ids.id(iri));
        // as /api/positions: a node of another kind (a claim, a source) is not a person
        if (Ids.type(r).filter(t -> !t.equals("person")).isPresent()) throw ApiError.notFound("no person with id " + Ids.id(iri));
        return r;
    }
}
