package org.cruxmap.server.reliability;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * A generated argument map in Turtle: a tree of claims, cruxes and evidence joined by supports and
 * attacks, with cross-links. Every statement carries one marker word in its id, label and text, so
 * a count over the marker tells a whole map from a part of one.
 */
record SyntheticMap(String marker, int statements, long triples) {
    static final String ID = "https://w3id.org/cruxmap/id/statement/";
    private static final String[] WORDS = {"coherence", "agency", "planning", "goal", "scale", "capability", "variance",
        "bias", "optimizer", "horizon", "training", "evidence", "argument", "utility", "preference", "theorem",
        "selection", "behaviour", "incoherent", "model", "harness", "forecast", "alignment", "paradigm", "error"};

    /** Writes a map of {@code n} statements marked with {@code marker} to a file; the same seed writes the same file. */
    static SyntheticMap write(Path file, String marker, int n, long seed) throws IOException {
        Random random = new Random(seed);
        long triples = 0;
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("@prefix cm: <https://w3id.org/cruxmap/ns#> .\n");
            w.write("@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n");
            w.write("@prefix s: <" + ID + "> .\n\n");
            for (int i = 0; i < n; i++) {
                String kind = i % 10 == 3 ? "Crux" : i % 10 == 7 ? "Evidence" : "Claim";
                w.write("s:" + marker + "-" + i + " a cm:Statement, cm:" + kind
                        + " ;\n  rdfs:label \"" + marker + " " + sentence(random, 4) + " " + i + "\""
                        + " ;\n  cm:text \"" + sentence(random, 6) + " " + marker + " " + sentence(random, 8) + ".\""
                        + " ;\n  cm:status cm:" + (i % 3 == 0 ? "verified" : i % 3 == 1 ? "secondary" : "unverified")
                        + " ;\n  cm:tag \"t" + (i % 12) + "\"");
                triples += 6;
                if (i > 0) {
                    String relation = kind.equals("Crux") ? "isCruxFor" : kind.equals("Evidence") ? "isEvidenceFor"
                            : random.nextInt(4) == 0 ? "attacks" : "supports";
                    w.write(" ;\n  cm:" + relation + " s:" + marker + "-" + random.nextInt(i));
                    triples++;
                }
                w.write(" .\n");
            }
        }
        return new SyntheticMap(marker, n, triples);
    }

    /** The IRI prefix of this map's statements. */
    String idPrefix() { return ID + marker + "-"; }

    private static String sentence(Random random, int words) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) b.append(' ');
            b.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.toString();
    }
}
