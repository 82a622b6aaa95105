package org.cruxmap.server.generate;

import org.cruxmap.ingest.argdown.Slug;
import java.io.IOException;
import java.util.List;
import java.util.Random;

/**
 * Writes a synthetic argument map of about a given number of RDF statements (triples) to a sink,
 * topic by topic, in memory bounded by one topic; the same seed gives the same map. It stops at the
 * first statement that reaches the target, so it overshoots by at most one statement's triples.
 */
public final class MapGenerator {
    private final long target;
    private final long seed;

    public MapGenerator(long targetTriples, long seed) {
        if (targetTriples < 1) throw new IllegalArgumentException("--statements must be at least 1");
        this.target = targetTriples;
        this.seed = seed;
    }

    /** Writes the map as N-Quads to a file, all in the graph {@code graph/synthetic-{seed}}. */
    public GenerateSummary writeNQuads(java.nio.file.Path file) throws IOException {
        java.nio.file.Path parent = file.toAbsolutePath().getParent();
        if (parent != null) java.nio.file.Files.createDirectories(parent);
        try (MapSink sink = new NQuadsSink(new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file), 1 << 16),
                org.cruxmap.ontology.CM.GRAPH_BASE + "synthetic-" + seed)) {
            return run(sink);
        }
    }

    /** Writes the map as a corpus folder: Argdown maps, people and sources in Turtle, source texts. */
    public GenerateSummary writeArgdown(java.nio.file.Path dir) throws IOException {
        try (MapSink sink = new ArgdownSink(dir, "cruxmap generate --statements " + target + " --seed " + seed)) {
            return run(sink);
        }
    }

    /** Generates into the sink (which it does not close) and says what it wrote. */
    GenerateSummary run(MapSink sink) throws IOException {
        Random r = new Random(seed);
        Counts c = new Counts();
        int peopleCount = (int) Math.max(6, Math.min(400, target / 3000));
        PeopleIds ids = new PeopleIds();
        for (int i = 1; i <= peopleCount; i++) {
            String name = Prose.name(r);
            PersonRecord p = new PersonRecord("p" + i + "-" + Slug.of(Prose.ascii(name)), name,
                    new String[] {"verified", "verified", "secondary", "unverified"}[r.nextInt(4)]);
            ids.add(p.id());
            sink.person(p);
            c.triples += MapTriples.of(p).size();
            c.people++;
        }
        RecentTitles recent = new RecentTitles(r);
        TopicBuilder topics = new TopicBuilder(r, peopleCount, recent);
        int number = 1;
        for (int topic = 1; c.triples < target; topic++) {
            String heading = "Topic " + topic + ": " + Prose.capital(Prose.skewed(r, Prose.SUBJECTS)) + " and "
                    + Prose.skewed(r, Prose.SUBJECTS);
            SourceDraft source = SourceDraft.make(r, topic, ids.get(r.nextInt(peopleCount)));
            List<Draft> drafts = topics.build(number, source, ids);
            number += drafts.size();
            sink.section(heading);
            sink.source(source.record);
            c.triples += MapTriples.of(source.record).size();
            c.sources++;
            for (Draft d : drafts) {
                if (c.triples >= target) break;
                StatementRecord st = d.freeze(heading);
                sink.statement(st);
                c.count(st);
                if (!st.type().equals("crux")) recent.add(st.title());
            }
        }
        return c.summary();
    }

    private static final class Counts {
        long triples, claims, cruxes, evidence, people, sources, quotes, relations, assertions;

        void count(StatementRecord st) {
            triples += MapTriples.of(st).size();
            switch (st.type()) {
                case "claim" -> claims++;
                case "crux" -> cruxes++;
                default -> evidence++;
            }
            quotes += st.quotes().size();
            relations += st.links().size();
            assertions += st.cruxFor().size();
        }

        GenerateSummary summary() {
            return new GenerateSummary(triples, claims, cruxes, evidence, people, sources, quotes, relations, assertions);
        }
    }
}
