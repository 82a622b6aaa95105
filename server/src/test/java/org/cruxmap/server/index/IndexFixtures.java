package org.cruxmap.server.index;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.server.app.ImportOutcome;
import org.cruxmap.server.app.ImportRequest;
import org.cruxmap.server.app.KnowledgeBase;

/** A small hand-written map for index tests, and the relevance fixture of the debate. */
final class IndexFixtures {
    private IndexFixtures() {}

    /** The prefixes the fixtures use: cm:, rdfs: and id:. */
    static final String PREFIXES = """
            @prefix cm: <https://w3id.org/cruxmap/ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix id: <https://w3id.org/cruxmap/id/> .
            """;

    static final String MAP = """
            @prefix cm: <https://w3id.org/cruxmap/ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix id: <https://w3id.org/cruxmap/id/> .
            id:statement\\/variance-share a cm:Statement, cm:Crux ;
                rdfs:label "Does the variance share measure coherence?" ;
                cm:text "The bias-variance decomposition splits errors into a systematic bias and a random variance part." ;
                cm:status cm:unverified ; cm:tag "hot-mess" ; cm:heldBy id:person\\/jascha ; cm:source id:source\\/hot-mess-paper .
            id:statement\\/rock a cm:Statement, cm:Claim ;
                rdfs:label "The variance metric rates a rock as coherent" ;
                cm:text "A rock never errs at random, so a metric of variance calls it perfectly coherent." ;
                cm:status cm:secondary ; cm:tag "hot-mess" ; cm:tag "critique" ; cm:heldBy id:person\\/robert ;
                cm:source id:source\\/critique ; cm:isCruxFor id:statement\\/variance-share .
            id:statement\\/geniuses a cm:Statement, cm:Claim ;
                rdfs:label "Powerful AI as a country of geniuses in a datacenter" ;
                cm:text "Advanced AI could act like a whole country of geniuses working in a datacenter." ;
                cm:status cm:verified ; cm:heldBy id:person\\/dario ; cm:isCruxFor id:statement\\/variance-share .
            id:statement\\/theorems a cm:Statement, cm:Claim ;
                rdfs:label "There are no coherence theorems" ;
                cm:text "No theorem forces an agent that avoids dominated strategies to maximize expected utility." ;
                cm:status cm:verified ; cm:tag "theorems" ; cm:heldBy id:person\\/elliott ;
                cm:quote id:quote\\/t1 .
            id:quote\\/t1 a cm:Quote ; cm:exact "there are no coherence theorems" ; cm:source id:source\\/critique .
            id:statement\\/mentions-bias a cm:Statement, cm:Evidence ;
                rdfs:label "Errors grow with task length" ;
                cm:text "Longer reasoning makes errors less systematic; the bias share shrinks as variance grows." ;
                cm:status cm:verified ; cm:tag "hot-mess" ; cm:heldBy id:person\\/jascha ; cm:source id:source\\/hot-mess-paper .
            id:person\\/jascha a cm:Person ; cm:name "Jascha Sohl-Dickstein" ; rdfs:label "Jascha Sohl-Dickstein" .
            id:person\\/robert a cm:Person ; cm:name "RobertM" ; rdfs:label "RobertM" .
            id:person\\/dario a cm:Person ; cm:name "Dario Amodei" ; rdfs:label "Dario Amodei" .
            id:person\\/elliott a cm:Person ; cm:name "Elliott Thornley" ; rdfs:label "Elliott Thornley" .
            id:source\\/hot-mess-paper a cm:Source ; cm:title "The Hot Mess of AI" ; rdfs:label "The Hot Mess of AI" ;
                cm:author id:person\\/jascha ; cm:status cm:verified .
            id:source\\/critique a cm:Source ; cm:title "A short critique of the hot mess paper" ; rdfs:label "A short critique" ;
                cm:author id:person\\/robert ; cm:status cm:secondary .
            """;

    /** Imports Turtle text as a file of that name; fails the test when it did not land. */
    static ImportOutcome load(KnowledgeBase kb, String fileName, String turtle) {
        ImportOutcome o = kb.importFile(ImportRequest.of(fileName, turtle.getBytes(UTF_8)));
        if (!o.written()) throw new AssertionError(fileName + " did not import: " + o.diagnostics());
        return o;
    }

    /** The debate fixture (maps, sources, people) from the test resources. */
    static void loadDebate(KnowledgeBase kb) throws IOException {
        for (String f : List.of("sources.ttl", "people.ttl", "maps.ttl")) {
            try (InputStream in = IndexFixtures.class.getResourceAsStream("/relevance/" + f)) {
                load(kb, f, new String(in.readAllBytes(), UTF_8));
            }
        }
    }

    /** A knowledge base over a fresh in-memory store with an in-memory index listening to it. */
    record Kb(KnowledgeBase kb, SearchIndex index) implements AutoCloseable {
        static Kb inMemory() {
            KnowledgeBase kb = new KnowledgeBase(org.cruxmap.server.store.LocalStore.inMemory(), Ingest.standard());
            SearchIndex index = SearchIndex.inMemory(kb.store(), IndexProgress.NONE);
            kb.onWrite(index);
            return new Kb(kb, index);
        }

        @Override
        public void close() {
            index.close();
            kb.close();
        }
    }
}
