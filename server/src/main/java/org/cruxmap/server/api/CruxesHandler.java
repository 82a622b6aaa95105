package org.cruxmap.server.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.graph.CruxReport;

/**
 * {@code GET /api/cruxes[?sort=impact]}: each crux, what it is a crux for, for whom, the evidence
 * around it, and its impact (statements whose grounded label it swings).
 */
final class CruxesHandler implements Handler {
    private final KnowledgeBase kb;

    private final CruxImpacts impacts;

    CruxesHandler(KnowledgeBase kb, CruxImpacts impacts) {
        this.kb = kb;
        this.impacts = impacts;
    }

    @Override
    public void handle(Context ctx) {
        String sort = ctx.queryParam("sort");
        if (sort != null && !sort.isBlank() && !sort.equals("impact") && !sort.equals("assertions")) {
            throw ApiError.badRequest("bad parameter: sort", "unknown sort '" + Params.shorten(sort) + "'; allowed: assertions, impact");
        }
        // the report and the impacts of one version of the store: read again when a write landed in between
        CruxImpacts.Known known;
        List<CruxReport.Crux> report;
        int tries = 0;
        do {
            known = impacts.forRequest(ctx);
            report = kb.store().read(ds -> CruxReport.all(ds.getUnionModel()));
        } while (kb.store().changeCounter() != known.counter() && ++tries < 2);
        Map<String, Integer> impact = new HashMap<>();
        known.ranking().impacts().forEach(i -> impact.put(i.crux().id(), i.impact()));
        List<CruxReport.Crux> cruxes = new ArrayList<>();
        for (var c : report) cruxes.add(c.withImpact(impact.get(c.crux().id())));
        if ("impact".equals(sort)) {
            // largest first; a crux not worked out yet (null) after those with impact 0
            cruxes.sort(Comparator.comparingInt((CruxReport.Crux c) -> c.impact() == null ? 1 : -c.impact()));
        }
        ctx.json(Map.of("total", cruxes.size(), "cruxes", cruxes));
    }
}
