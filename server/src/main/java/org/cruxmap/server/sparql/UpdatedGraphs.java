package org.cruxmap.server.sparql;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateAdd;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateCopy;
import org.apache.jena.sparql.modify.request.UpdateCreate;
import org.apache.jena.sparql.modify.request.UpdateData;
import org.apache.jena.sparql.modify.request.UpdateDeleteWhere;
import org.apache.jena.sparql.modify.request.UpdateDropClear;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.modify.request.UpdateMove;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateRequest;

/**
 * The stored graphs an update request can change, read from its text before it runs, so the index
 * re-reads those alone: the graphs its data and templates name, {@code WITH}'s graph, the targets
 * of CLEAR, DROP, CREATE, ADD, COPY and MOVE, and the stored default graph for what names none.
 * Empty when that cannot be told (a template with {@code GRAPH ?g}, CLEAR ALL, DROP NAMED): then
 * every graph may have changed.
 */
final class UpdatedGraphs {
    private UpdatedGraphs() {}

    static Optional<Set<String>> of(UpdateRequest request) {
        Set<String> out = new LinkedHashSet<>();
        for (Update u : request.getOperations()) {
            if (!add(u, out)) return Optional.empty();
        }
        return Optional.of(out);
    }

    private static boolean add(Update u, Set<String> out) {
        if (u instanceof UpdateData d) return quads(d.getQuads(), null, out);
        if (u instanceof UpdateDeleteWhere d) return quads(d.getQuads(), null, out);
        if (u instanceof UpdateModify m) {
            Node with = m.getWithIRI();
            return quads(m.getDeleteQuads(), with, out) && quads(m.getInsertQuads(), with, out);
        }
        if (u instanceof UpdateDropClear d) return target(d.getTarget(), out);
        if (u instanceof UpdateCreate c) return graph(c.getGraph(), out);
        if (u instanceof UpdateMove m) return target(m.getSrc(), out) && target(m.getDest(), out);
        if (u instanceof UpdateAdd || u instanceof UpdateCopy) return target(((UpdateBinaryOp) u).getDest(), out);
        return false; // anything else (LOAD is refused before this): unknown
    }

    /** Each quad's graph; a quad in the default graph writes to WITH's graph when there is one, else the stored default graph. */
    private static boolean quads(List<Quad> quads, Node with, Set<String> out) {
        for (Quad q : quads) {
            Node g = q.getGraph();
            if (g == null || Quad.isDefaultGraph(g)) g = with;
            if (!graph(g, out)) return false;
        }
        return true;
    }

    private static boolean target(Target t, Set<String> out) {
        if (t.isDefault()) return graph(null, out);
        if (t.isOneNamedGraph()) return graph(t.getGraph(), out);
        return false; // NAMED or ALL
    }

    private static boolean graph(Node g, Set<String> out) {
        if (g == null || StoreView.isDefault(g)) {
            out.add(StoreView.DEFAULT_GRAPH);
            return true;
        }
        if (!g.isURI() || Quad.isUnionGraph(g) || StoreView.isSystem(g)) return false; // a variable, the union of all, the system graph: any graph
        out.add(g.getURI());
        return true;
    }
}
