package org.cruxmap.server.sparql;

import org.apache.jena.sparql.algebra.Op;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.algebra.walker.Walker;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.expr.ExprVisitorBase;

/**
 * Refuses SPARQL's {@code SERVICE}: the server makes no outbound requests. Looks through the whole
 * algebra, sub-queries and {@code EXISTS} filters included; execution also runs with SERVICE disabled.
 */
final class ServiceRefusal {
    private ServiceRefusal() {}

    /** Throws a 400 when the algebra calls a remote service anywhere. */
    static void check(Op op) {
        OpVisitorBase ops = new OpVisitorBase() {
            @Override
            public void visit(OpService s) {
                throw SparqlError.badRequest("SERVICE is refused",
                        "this server makes no outbound requests; SERVICE <" + s.getService() + "> cannot run here");
            }
        };
        ExprVisitorBase exprs = new ExprVisitorBase() {
            @Override
            public void visit(ExprFunctionOp f) {
                check(f.getGraphPattern());
            }
        };
        Walker.walk(op, ops, exprs);
    }
}
