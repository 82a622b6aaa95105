package org.cruxmap.server.sparql;

import org.apache.jena.query.Query;

/**
 * A parsed, checked query ready to run many times: the query as written, the same query without
 * FROM / FROM NAMED for when the server builds the dataset itself, and whether it must read through
 * {@link QueryView} rather than TDB2's engine.
 */
public record PreparedQuery(Query query, Query withoutDataset, boolean throughView) {

    /** SELECT, ASK, CONSTRUCT or DESCRIBE. */
    public String form() {
        return query.isSelectType() ? "SELECT" : query.isAskType() ? "ASK" : query.isConstructType() ? "CONSTRUCT"
                : query.isDescribeType() ? "DESCRIBE" : "JSON";
    }

    /** The kind of answer: a result set or a graph. */
    public Negotiation.Kind kind() {
        return query.isSelectType() || query.isAskType() ? Negotiation.Kind.RESULTS : Negotiation.Kind.GRAPH;
    }
}
