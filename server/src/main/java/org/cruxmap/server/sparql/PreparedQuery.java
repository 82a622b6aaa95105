package org.cruxmap.server.sparql;

import org.apache.jena.query.Query;

/**
 * A parsed, checked query ready to run many times: the query as written, and the same query without
 * FROM / FROM NAMED for when the server builds the dataset itself.
 */
public record PreparedQuery(Query query, Query withoutDataset) {

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
