package org.cruxmap.ingest;

/** How bad a diagnostic is: errors stop an import, warnings and notes do not. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case word printed in diagnostics. */
    public String word() { return name().toLowerCase(java.util.Locale.ROOT); }
}
