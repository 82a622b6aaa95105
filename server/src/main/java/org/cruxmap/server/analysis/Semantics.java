package org.cruxmap.server.analysis;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The acceptability semantics Cruxmap computes (Dung 1995; Caminada's labellings). */
public enum Semantics {
    /** The least complete labelling: what every rational reader must accept; always exactly one. */
    GROUNDED("grounded"),
    /** The complete labellings with a maximal set of accepted nodes: every defensible point of view. */
    PREFERRED("preferred"),
    /** The complete labellings with nothing undecided: views that take a side on every node; there may be none. */
    STABLE("stable");

    private final String word;

    Semantics(String word) { this.word = word; }

    /** The name on the command line and in the API. */
    public String word() { return word; }

    /** The semantics of a name, case-insensitively. */
    public static Optional<Semantics> byName(String name) {
        if (name == null) return Optional.empty();
        String n = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.word.equals(n)).findFirst();
    }

    /** The names, for messages. */
    public static String names() { return "grounded, preferred, stable"; }
}
