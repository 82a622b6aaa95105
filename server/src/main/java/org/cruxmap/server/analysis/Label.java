package org.cruxmap.server.analysis;

/** A node's status in a labelling: accepted (in), rejected (out) or undecided. */
public enum Label {
    IN("in"), OUT("out"), UNDEC("undec");

    private final String word;

    Label(String word) { this.word = word; }

    /** The lower-case word used in JSON and on the command line. */
    public String word() { return word; }

    @Override public String toString() { return word; }
}
