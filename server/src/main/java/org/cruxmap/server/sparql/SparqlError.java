package org.cruxmap.server.sparql;

/**
 * A SPARQL request the server will not or cannot answer: its HTTP status, a short error, a detail,
 * and for syntax errors the 1-based line and column the parser reported (0 when unknown).
 */
public final class SparqlError extends RuntimeException {
    private final int status;
    private final String detail;
    private final int line;
    private final int column;

    public SparqlError(int status, String error, String detail, int line, int column) {
        super(error);
        this.status = status;
        this.detail = detail;
        this.line = line;
        this.column = column;
    }

    public SparqlError(int status, String error, String detail) { this(status, error, detail, 0, 0); }

    /** A 400 for a request that breaks the protocol or the grammar. */
    public static SparqlError badRequest(String error, String detail) { return new SparqlError(400, error, detail); }

    public int status() { return status; }

    public String detail() { return detail; }

    /** The 1-based line of a syntax error, 0 when the error has no position. */
    public int line() { return line; }

    /** The 1-based column of a syntax error, 0 when the error has no position. */
    public int column() { return column; }
}
