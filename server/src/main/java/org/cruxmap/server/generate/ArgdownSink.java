package org.cruxmap.server.generate;

import org.cruxmap.ingest.argdown.Slug;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.cruxmap.ontology.CM;

/**
 * Writes the map as a corpus folder laid out as docs/argdown-conventions.md says: the argument map
 * in Argdown files ({@code map-0001.argdown}, ..., a new file every few thousand statements, at a
 * topic boundary), people and source metadata in Turtle ({@code people.ttl}, {@code sources.ttl}),
 * and each source's full text in {@code texts/{id}.md}, which the quotes are anchored in.
 */
final class ArgdownSink implements MapSink {
    static final int STATEMENTS_PER_FILE = 2000;
    private static final String PREFIXES = "@prefix cm: <" + CM.NS + "> .\n"
            + "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
            + "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n\n";

    private final Path dir;
    private final String origin;
    private final Writer people;
    private final Writer sources;
    private Writer map;
    private int files;
    private int inFile;

    ArgdownSink(Path dir, String origin) throws IOException {
        this.dir = dir;
        this.origin = origin;
        Files.createDirectories(dir.resolve("texts"));
        people = open(dir.resolve("people.ttl"));
        sources = open(dir.resolve("sources.ttl"));
        people.write("# People of a synthetic map (" + origin + ").\n" + PREFIXES);
        sources.write("# Sources of a synthetic map (" + origin + "); their full texts are texts/{id}.md.\n" + PREFIXES);
    }

    @Override
    public void person(PersonRecord p) throws IOException {
        people.write("<" + CM.ID_BASE + "person/" + Slug.of(p.id()) + "> a cm:Person ;\n    cm:name " + lit(p.name())
                + " ;\n    rdfs:label " + lit(p.name()) + " ;\n    cm:status cm:" + p.status() + " .\n\n");
    }

    @Override
    public void source(SourceRecord s) throws IOException {
        sources.write("<" + CM.ID_BASE + "source/" + Slug.of(s.id()) + "> a cm:Source ;\n    cm:title " + lit(s.title())
                + " ;\n    rdfs:label " + lit(s.title()) + " ;\n    cm:author <" + CM.ID_BASE + "person/" + Slug.of(s.authorId())
                + "> ;\n    cm:date \"" + s.date() + "\"^^xsd:date ;\n    cm:sourceKind " + lit(s.kind()) + " ;\n    cm:status cm:"
                + s.status() + " ;\n    cm:address " + lit(s.address()) + " .\n\n");
        Files.writeString(dir.resolve("texts").resolve(s.id() + ".md"), s.fullText(), StandardCharsets.UTF_8);
    }

    @Override
    public void section(String heading) throws IOException {
        if (map == null || inFile >= STATEMENTS_PER_FILE) {
            if (map != null) map.close();
            files++;
            inFile = 0;
            map = open(dir.resolve(String.format("map-%04d.argdown", files)));
            map.write("<!--\nA synthetic argument map, part " + files + " (" + origin + ").\n-->\n\n");
        }
        map.write("# " + heading + "\n\n");
    }

    @Override
    public void statement(StatementRecord s) throws IOException {
        inFile++;
        StringBuilder b = new StringBuilder();
        b.append('[').append(s.title()).append("]: ").append(s.text());
        for (String tag : s.tags()) b.append(" #").append(tag);
        b.append("\n  {type: ").append(s.type()).append(", status: ").append(s.status());
        list(b, "holder", s.holders(), false);
        list(b, "rejectedBy", s.rejecters(), false);
        if (s.sourceId() != null) b.append(", source: ").append(s.sourceId());
        list(b, "quote", s.quotes().stream().map(Quote::exact).toList(), true);
        for (String key : new String[] {"isEvidenceFor", "isEvidenceAgainst", "respondsTo"}) {
            List<String> titles = s.links().stream().filter(l -> l.kind().equals(key)).map(Link::targetTitle).toList();
            list(b, key.equals("respondsTo") ? key : key.substring(2, 3).toLowerCase() + key.substring(3), titles, true);
        }
        if (!s.cruxFor().isEmpty()) {
            b.append(", cruxFor: [").append(s.cruxFor().stream().map(c -> c.agentId() == null ? quoted(c.targetTitle())
                    : "{statement: " + quoted(c.targetTitle()) + ", agent: " + c.agentId() + ", crux: " + c.isCrux() + "}")
                    .collect(Collectors.joining(", "))).append(']');
        }
        b.append("}\n");
        for (Link l : s.links()) {
            if (l.kind().equals("supports")) b.append("  +> [").append(l.targetTitle()).append("]\n");
            if (l.kind().equals("attacks")) b.append("  -> [").append(l.targetTitle()).append("]\n");
        }
        map.write(b.append('\n').toString());
    }

    private static void list(StringBuilder b, String key, List<String> values, boolean quote) {
        if (values.isEmpty()) return;
        b.append(", ").append(key).append(": [")
                .append(values.stream().map(v -> quote ? quoted(v) : v).collect(Collectors.joining(", "))).append(']');
    }

    private static String quoted(String s) { return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"'; }

    private static String lit(String s) { return quoted(s); }

    private static Writer open(Path p) throws IOException {
        return new BufferedWriter(Files.newBufferedWriter(p, StandardCharsets.UTF_8), 1 << 16);
    }

    @Override
    public void close() throws IOException {
        people.close();
        sources.close();
        if (map != null) map.close();
    }
}
