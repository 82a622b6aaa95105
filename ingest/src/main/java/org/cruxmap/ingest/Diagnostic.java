package org.cruxmap.ingest;

/**
 * One finding of a reader or validator: severity, a stable code, where (file, 1-based line and
 * column; 0 when unknown) and a message for people.
 */
public record Diagnostic(Severity severity, String code, String file, int line, int column, String message) {

    /** An error at a position. */
    public static Diagnostic error(String code, String file, int line, int column, String message) {
        return new Diagnostic(Severity.ERROR, code, file, line, column, message);
    }

    /** A warning at a position. */
    public static Diagnostic warning(String code, String file, int line, int column, String message) {
        return new Diagnostic(Severity.WARNING, code, file, line, column, message);
    }

    /** True for errors. */
    public boolean isError() { return severity == Severity.ERROR; }

    /** {@code file:line:col: severity: message}, or {@code file: severity: message} without a position. */
    public String format() {
        String where = line > 0 ? file + ":" + line + ":" + Math.max(column, 1) : file;
        return where + ": " + severity.word() + ": " + message;
    }

    @Override public String toString() { return format(); }
}
