package org.cruxmap.server.sparql;

import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryException;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.exec.UpdateExec;
import org.apache.jena.sparql.exec.http.Service;
import org.apache.jena.sparql.modify.request.Target;
import org.apache.jena.sparql.modify.request.UpdateAdd;
import org.apache.jena.sparql.modify.request.UpdateBinaryOp;
import org.apache.jena.sparql.modify.request.UpdateCopy;
import org.apache.jena.sparql.modify.request.UpdateLoad;
import org.apache.jena.sparql.modify.request.UpdateMove;
import org.apache.jena.sparql.modify.request.UpdateModify;
import org.apache.jena.sparql.modify.request.UpdateWithUsing;
import org.apache.jena.update.Update;
import org.apache.jena.update.UpdateException;
import org.apache.jena.update.UpdateFactory;
import org.apache.jena.update.UpdateRequest;
import org.cruxmap.server.app.KnowledgeBase;

/**
 * Runs SPARQL Update through the knowledge base's one write path, over {@link StoreView}: a request
 * is one transaction (all of it lands or none), listeners hear of it, and the change counter moves.
 * {@code LOAD} and {@code SERVICE} are refused: the server makes no outbound requests.
 */
public final class UpdateService {
    private final KnowledgeBase kb;
    private final long timeoutMillis;

    public UpdateService(KnowledgeBase kb, long timeoutMillis) {
        this.kb = kb;
        this.timeoutMillis = timeoutMillis;
    }

    /** Parses and checks an update request; a 400 with line and column when it does not parse. */
    public UpdateRequest prepare(String text, String base, ProtocolDataset using) {
        UpdateRequest request = new UpdateRequest();
        request.getPrefixMapping().setNsPrefixes(SparqlRunner.PREFIXES);
        try {
            UpdateFactory.parse(request, text, base, Syntax.syntaxARQ);
        } catch (QueryParseException e) {
            throw QueryService.syntaxError(e);
        } catch (QueryException e) {
            throw SparqlError.badRequest("the update is not valid", e.getMessage());
        }
        request = sameDefault(request);
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateLoad load) {
                throw SparqlError.badRequest("LOAD is refused", "this server makes no outbound requests; send the data to /data instead of LOAD <"
                        + load.getSource() + ">");
            }
            if (u instanceof UpdateModify m) ServiceRefusal.check(Algebra.compile(m.getWherePattern()));
            if (u instanceof UpdateWithUsing w && !using.isEmpty()) applyUsing(w, using);
        }
        return request;
    }

    /**
     * The request with every ADD, COPY and MOVE target that names the default graph (by its stored IRI
     * or Jena's) written DEFAULT, so that one between two names of the same graph is seen as such and
     * does nothing: Jena compares the targets as written, and would clear the target, which is the
     * source, before copying it.
     */
    private static UpdateRequest sameDefault(UpdateRequest request) {
        UpdateRequest out = new UpdateRequest();
        out.setPrefixMapping(request.getPrefixMapping());
        if (request.getBase() != null) out.setBase(request.getBase());
        for (Update u : request.getOperations()) {
            if (u instanceof UpdateBinaryOp op) {
                Target src = plain(op.getSrc()), dest = plain(op.getDest());
                if (u instanceof UpdateAdd) u = new UpdateAdd(src, dest, op.isSilent());
                else if (u instanceof UpdateCopy) u = new UpdateCopy(src, dest, op.isSilent());
                else if (u instanceof UpdateMove) u = new UpdateMove(src, dest, op.isSilent());
            }
            out.add(u);
        }
        return out;
    }

    private static Target plain(Target t) { return t.isOneNamedGraph() && StoreView.isDefault(t.getGraph()) ? Target.DEFAULT : t; }

    private static void applyUsing(UpdateWithUsing w, ProtocolDataset using) {
        if (!w.getUsing().isEmpty() || !w.getUsingNamed().isEmpty() || w.getWithIRI() != null) {
            throw SparqlError.badRequest("conflicting datasets",
                    "using-graph-uri / using-named-graph-uri cannot be combined with USING, USING NAMED or WITH in the update");
        }
        using.defaultGraphs().forEach(g -> w.addUsing(NodeFactory.createURI(g)));
        using.namedGraphs().forEach(g -> w.addUsingNamed(NodeFactory.createURI(g)));
    }

    /** Runs a checked update request in one write transaction; an empty request writes nothing. */
    public void execute(UpdateRequest request) {
        if (request.getOperations().isEmpty()) return; // nothing to do: no transaction, no new change counter, no reindex
        try {
            kb.write(ds -> UpdateExec.dataset(new StoreView(ds.asDatasetGraph())).update(request)
                    .timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                    .set(Service.httpServiceAllowed, false)
                    .set(Service.serviceAllowed, false)
                    .execute(), UpdatedGraphs.of(request).orElse(java.util.Set.of())); // the graphs it names, or all
        } catch (QueryCancelledException e) {
            throw new SparqlError(503, "update timed out", "the update ran longer than the limit of " + timeoutMillis + " ms; nothing was changed");
        } catch (UpdateException e) {
            throw SparqlError.badRequest("the update failed", e.getMessage() + "; nothing was changed");
        }
    }

    /** Convenience for tests and tools: parse, check and run. */
    public void run(String text, String base) { execute(prepare(text, base, ProtocolDataset.NONE)); }

}
