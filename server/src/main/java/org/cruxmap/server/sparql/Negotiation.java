package org.cruxmap.server.sparql;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Content negotiation as a table: for each kind of answer, the media types a client may ask for and
 * the format each one gets. The first row of a table is what a client gets when it accepts anything.
 */
public final class Negotiation {
    private Negotiation() {}

    /** What a query answers with: a result set (SELECT, ASK) or a graph (CONSTRUCT, DESCRIBE, GSP reads). */
    public enum Kind { RESULTS, GRAPH, DATASET }

    /** One row of a table: a media type and the format it selects. */
    public record Row(String mediaType, SparqlFormat format) {}

    /** SELECT and ASK. */
    public static final List<Row> RESULTS = List.of(
            new Row("application/sparql-results+json", SparqlFormat.JSON),
            new Row("application/sparql-results+xml", SparqlFormat.XML),
            new Row("text/csv", SparqlFormat.CSV),
            new Row("text/tab-separated-values", SparqlFormat.TSV),
            new Row("application/json", SparqlFormat.JSON),
            new Row("application/xml", SparqlFormat.XML),
            new Row("text/xml", SparqlFormat.XML));

    /** CONSTRUCT, DESCRIBE and Graph Store reads of one graph. */
    public static final List<Row> GRAPH = List.of(
            new Row("text/turtle", SparqlFormat.TURTLE),
            new Row("application/n-triples", SparqlFormat.NTRIPLES),
            new Row("application/ld+json", SparqlFormat.JSONLD),
            new Row("application/rdf+xml", SparqlFormat.RDFXML),
            new Row("application/trig", SparqlFormat.TRIG),
            new Row("application/n-quads", SparqlFormat.NQUADS),
            new Row("application/x-turtle", SparqlFormat.TURTLE),
            new Row("text/plain", SparqlFormat.NTRIPLES),
            new Row("application/json", SparqlFormat.JSONLD),
            new Row("application/xml", SparqlFormat.RDFXML),
            new Row("text/xml", SparqlFormat.RDFXML));

    /** Graph Store reads of the whole store: formats that keep graph names. */
    public static final List<Row> DATASET = List.of(
            new Row("application/trig", SparqlFormat.TRIG),
            new Row("application/n-quads", SparqlFormat.NQUADS));

    private static final Map<Kind, List<Row>> TABLES = Map.of(Kind.RESULTS, RESULTS, Kind.GRAPH, GRAPH, Kind.DATASET, DATASET);

    /** The media types a kind of answer can be given in, for a 406 message. */
    public static List<String> offered(Kind kind) {
        return TABLES.get(kind).stream().map(Row::mediaType).distinct().toList();
    }

    /**
     * The row an Accept header selects for a kind of answer, honouring q-values and wildcards;
     * empty when the header accepts none of the table's types (the caller answers 406).
     */
    public static Optional<Row> choose(String accept, Kind kind) {
        List<Row> table = TABLES.get(kind);
        if (accept == null || accept.isBlank()) return Optional.of(table.get(0));
        List<Range> ranges = parse(accept);
        Row best = null;
        double bestQ = 0;
        int bestSpecificity = -1;
        int bestOrder = Integer.MAX_VALUE;
        for (int i = 0; i < table.size(); i++) {
            Row row = table.get(i);
            Range match = null;
            for (Range r : ranges) {
                if (r.matches(row.mediaType()) && (match == null || r.specificity() > match.specificity())) match = r;
            }
            if (match == null || match.q() <= 0) continue;
            // Prefer higher q, then the more specific range (an exact type over a wildcard), then table order.
            if (match.q() > bestQ || (match.q() == bestQ && (match.specificity() > bestSpecificity
                    || (match.specificity() == bestSpecificity && i < bestOrder)))) {
                best = row;
                bestQ = match.q();
                bestSpecificity = match.specificity();
                bestOrder = i;
            }
        }
        return Optional.ofNullable(best);
    }

    /** True when the Accept header prefers a text type over JSON and the like (for error bodies). */
    public static boolean prefersText(String accept) {
        if (accept == null || accept.isBlank()) return false;
        List<Range> ranges = parse(accept);
        double text = ranges.stream().filter(r -> r.type().equals("text")).mapToDouble(Range::q).max().orElse(0);
        double other = ranges.stream().filter(r -> !r.type().equals("text")).mapToDouble(Range::q).max().orElse(0);
        return text > 0 && text > other;
    }

    private record Range(String type, String subtype, double q) {
        boolean matches(String mediaType) {
            int slash = mediaType.indexOf('/');
            String t = mediaType.substring(0, slash);
            String s = mediaType.substring(slash + 1);
            return (type.equals("*") || type.equals(t)) && (subtype.equals("*") || subtype.equals(s));
        }

        int specificity() { return type.equals("*") ? 0 : subtype.equals("*") ? 1 : 2; }
    }

    private static List<Range> parse(String accept) {
        List<Range> out = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] bits = part.split(";");
            String mt = bits[0].trim().toLowerCase(Locale.ROOT);
            if (mt.equals("*")) mt = "*/*";
            int slash = mt.indexOf('/');
            if (slash <= 0 || slash == mt.length() - 1) continue;
            double q = 1;
            for (int i = 1; i < bits.length; i++) {
                String p = bits[i].trim();
                if (p.startsWith("q=") || p.startsWith("Q=")) {
                    try {
                        q = Double.parseDouble(p.substring(2).trim());
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                }
            }
            out.add(new Range(mt.substring(0, slash), mt.substring(slash + 1), q));
        }
        out.sort(Comparator.comparingInt(Range::specificity).reversed());
        return out;
    }
}
