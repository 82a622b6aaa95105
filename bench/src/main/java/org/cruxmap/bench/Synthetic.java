package org.cruxmap.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cruxmap.ontology.CM;

/** A seeded generator of debate-like statements (label, text, class, status, tags, holders) and of queries over them. */
final class Synthetic {
    static final String[] WORDS = ("coherence agency alignment variance bias scale capability optimizer goal utility "
            + "theorem money pump preference dominated strategy horizon task length planning wanting behaviour model "
            + "transformer training reinforcement reward hacking misspecification accident incoherence error random "
            + "systematic superintelligence survey entity intelligence rock metric share measure paradigm harness "
            + "embodiment post-training scaling trend extrapolate datacenter geniuses country cooperation timelines "
            + "forecast risk crux evidence claim argument critique paper blog comment selection evolution market "
            + "signature complete class savage dutch book expected maximizer kludge slot straighten steering target "
            + "doubling reliability frontier hours weeks copies parallel ensemble sample budget reasoning tokens").split(" ");
    static final String[] FILLER = "the a of in on to and is that it as by for with from not more less than its their".split(" ");
    static final String[] CLASSES = {"Claim", "Crux", "Evidence"};
    static final String[] STATUS = {"verified", "secondary", "unverified"};

    private Synthetic() {}

    /** n statements, each with a label of 4-8 words and a text of 25-60 words drawn with a Zipf-like skew. */
    static Model statements(int n, long seed) {
        Random r = new Random(seed);
        Model m = ModelFactory.createDefaultModel();
        for (int i = 0; i < 20; i++) {
            m.createResource(CM.ID_BASE + "person/p" + i).addProperty(RDF.type, CM.Person).addProperty(CM.name, "Person " + word(r) + " " + i);
        }
        for (int i = 0; i < n; i++) {
            Resource s = m.createResource(CM.ID_BASE + "statement/s" + i);
            s.addProperty(RDF.type, CM.Statement).addProperty(RDF.type, m.createResource(CM.NS + CLASSES[i % 3]));
            s.addProperty(RDFS.label, sentence(r, 4 + r.nextInt(5)));
            s.addProperty(CM.text, sentence(r, 25 + r.nextInt(36)));
            s.addProperty(CM.status, m.createResource(CM.NS + STATUS[r.nextInt(3)]));
            s.addProperty(CM.tag, WORDS[r.nextInt(12)]);
            s.addProperty(CM.heldBy, m.createResource(CM.ID_BASE + "person/p" + r.nextInt(20)));
        }
        return m;
    }

    /** 100 queries: single words, word pairs, three-word queries and quoted phrases. */
    static List<String> queries(long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            switch (i % 4) {
                case 0 -> out.add(word(r));
                case 1 -> out.add(word(r) + " " + word(r));
                case 2 -> out.add(word(r) + " " + word(r) + " " + word(r));
                default -> out.add("\"" + word(r) + " " + word(r) + "\"");
            }
        }
        return out;
    }

    static String sentence(Random r, int words) {
        StringBuilder b = new StringBuilder();
        for (int w = 0; w < words; w++) {
            if (w > 0) b.append(' ');
            b.append(r.nextInt(3) == 0 ? FILLER[r.nextInt(FILLER.length)] : word(r));
        }
        return Character.toUpperCase(b.charAt(0)) + b.substring(1) + ".";
    }

    /** A word with a skew toward the start of the list, as real vocabularies have. */
    static String word(Random r) {
        double u = r.nextDouble();
        return WORDS[(int) (WORDS.length * u * u)];
    }
}
