package org.cruxmap.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The formats Cruxmap reads, with their names on the command line and their file extensions. */
public enum Format {
    TURTLE("ttl", "turtle", "ttl"),
    TRIG("trig", "trig", "trig"),
    NTRIPLES("nt", "ntriples", "nt"),
    NQUADS("nq", "nquads", "nq"),
    JSONLD("jsonld", "jsonld", "jsonld"),
    RDFXML("rdfxml", "rdfxml", "rdf", "owl", "xml"),
    ARGDOWN("argdown", "argdown", "argdown", "ad"),
    AIF("aif", "aif", "json"),
    TEXT("text", "text", "txt", "md", "markdown");

    private final String shortName;
    private final String longName;
    private final List<String> extensions;

    Format(String shortName, String longName, String... extensions) {
        this.shortName = shortName;
        this.longName = longName;
        this.extensions = List.of(extensions);
    }

    /** The name used on the command line ({@code --format ttl}). */
    public String shortName() { return shortName; }

    /** The command-line names of every format, for messages: "ttl, trig, nt, ...". */
    public static String names() {
        return String.join(", ", Arrays.stream(values()).map(Format::shortName).toList());
    }

    /** True for the formats that Jena RIOT parses. */
    public boolean isRdf() { return ordinal() <= RDFXML.ordinal(); }

    /** The format a name or extension stands for. */
    public static Optional<Format> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.shortName.equals(n) || f.longName.equals(n) || f.extensions.contains(n))
                .findFirst();
    }

    /** The format a file name's extension stands for. */
    public static Optional<Format> guess(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : byName(fileName.substring(dot + 1));
    }
}
