package org.cruxmap.server.index;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.server.app.ImportOutcome;
import org.cruxmap.server.app.ImportRequest;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.generate.MapGenerator;
import org.cruxmap.server.store.LocalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The import of a file that is, or will be, the store's only data graph: the SHACL check runs beside
 * the store's open transaction and the index is built from the model. It must land all or nothing,
 * and leave the index exactly as a rebuild from the store would.
 */
class StagedImportTest {
    private static final String STATEMENTS = """
            @prefix cm: <https://w3id.org/cruxmap/ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix id: <https://w3id.org/cruxmap/id/> .
            id:statement\\/alpha a cm:Statement, cm:Claim ; rdfs:label "Coherence implies agency" ; cm:status cm:verified .
            id:statement\\/beta a cm:Statement, cm:Crux ; rdfs:label "Variance measures coherence" ; cm:status cm:secondary ;
                cm:isCruxFor id:statement\\/alpha .
            """;
    private static final String FEWER = """
            @prefix cm: <https://w3id.org/cruxmap/ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix id: <https://w3id.org/cruxmap/id/> .
            id:statement\\/gamma a cm:Statement, cm:Evidence ; rdfs:label "Errors grow with task length" ; cm:status cm:unverified .
            """;
    /** Well-formed, one statement without a status, and a crux that is also a claim: two shapes broken. */
    private static final String INVALID = """
            @prefix cm: <https://w3id.org/cruxmap/ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix id: <https://w3id.org/cruxmap/id/> .
            id:statement\\/delta a cm:Statement, cm:Claim ; rdfs:label "Coherence theorems exist" .
            id:statement\\/epsilon a cm:Statement, cm:Claim, cm:Crux ; rdfs:label "Both at once" ; cm:status cm:verified .
            """;

    @TempDir Path dir;

    private record Opened(KnowledgeBase kb, SearchIndex index) implements AutoCloseable {
        @Override public void close() {
            index.close();
            kb.close();
        }
    }

    private Opened open() {
        Path data = dir.resolve("data");
        KnowledgeBase kb = new KnowledgeBase(LocalStore.tdb2(data), Ingest.standard());
        SearchIndex index = SearchIndex.forStore(kb.store(), data, IndexProgress.NONE);
        kb.onWrite(index);
        return new Opened(kb, index);
    }

    private static ImportOutcome load(KnowledgeBase kb, String file, String turtle) {
        return kb.importFile(ImportRequest.of(file, turtle.getBytes(UTF_8)));
    }

    private static long triples(KnowledgeBase kb) {
        return kb.store().read(ds -> {
            try (QueryExecution qe = QueryExecution.create().query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }").dataset(ds).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @Test
    void aShapeViolationFoundWhileTheStoreStagesTheOnlyFileLeavesStoreIndexAndCounterUntouched() {
        try (Opened o = open()) {
            assertTrue(load(o.kb, "map.ttl", STATEMENTS).written());
            long counter = o.kb.store().changeCounter();
            long triples = triples(o.kb);
            List<SearchHit> before = o.index.search(SearchQuery.of("coherence")).hits();

            ImportOutcome invalid = load(o.kb, "map.ttl", INVALID);

            assertTrue(invalid.failed());
            List<String> messages = invalid.diagnostics().stream().map(d -> d.message()).toList();
            assertTrue(messages.stream().anyMatch(m -> m.contains("statement/delta>") && m.contains("cm:status")), messages.toString());
            assertTrue(messages.stream().anyMatch(m -> m.contains("statement/epsilon>") && m.contains("exactly one of")), messages.toString());
            assertEquals(counter, o.kb.store().changeCounter(), "the aborted transaction did not move the counter");
            assertEquals(triples, triples(o.kb), "nothing of the invalid file was committed");
            assertEquals(counter, o.index.indexedCounter());
            assertEquals(2, o.index.size());
            assertFalse(o.index.contains("statement/delta"));
            assertEquals(before, o.index.search(SearchQuery.of("coherence")).hits());
            assertStagingGoes();
        }
    }

    @Test
    void anImportLeavesNoStagedIndexBehindAndALeftoverFromACrashGoesOnOpen() throws Exception {
        try (Opened o = open()) {
            assertTrue(load(o.kb, "map.ttl", STATEMENTS).written());
            assertTrue(stagingEmpty(), "the staged index was adopted and deleted");
        }
        Path leftover = Files.createDirectories(staging().resolve("import-123"));
        Files.writeString(leftover.resolve("_0.cfs"), "half of a segment");
        try (Opened o = open()) {
            assertFalse(Files.exists(staging()), "what a killed import left is removed on open");
            assertEquals(2, o.index.size());
            assertTrue(o.index.contains("statement/beta"));
        }
    }

    private Path staging() { return dir.resolve("data").resolve("index").resolve(StagedIndex.FOLDER); }

    private boolean stagingEmpty() {
        try (var left = Files.list(staging())) {
            return left.findAny().isEmpty();
        } catch (java.nio.file.NoSuchFileException gone) {
            return true;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** An abandoned staged index is deleted once its writer finishes, on the import's worker. */
    private void assertStagingGoes() {
        long until = System.nanoTime() + 10_000_000_000L;
        while (!stagingEmpty() && System.nanoTime() < until) Thread.onSpinWait();
        assertTrue(stagingEmpty(), "the abandoned staged index was deleted");
    }

    @Test
    void reimportingTheOnlyFileDropsFromTheIndexTheNodesItNoLongerHolds() {
        try (Opened o = open()) {
            assertTrue(load(o.kb, "map.ttl", STATEMENTS).written());
            assertTrue(o.index.contains("statement/alpha"));

            assertTrue(load(o.kb, "map.ttl", FEWER).written());

            assertEquals(1, o.index.size());
            assertFalse(o.index.contains("statement/alpha"));
            assertTrue(o.index.contains("statement/gamma"));
            assertEquals(o.kb.store().changeCounter(), o.index.indexedCounter());
        }
    }

    @Test
    void aFileBesideAnotherIsIndexedThroughTheStoreAndBothStaySearchable() {
        try (Opened o = open()) {
            assertTrue(load(o.kb, "map.ttl", STATEMENTS).written());
            assertTrue(load(o.kb, "other.ttl", FEWER).written());

            assertEquals(3, o.index.size());
            assertTrue(o.index.contains("statement/alpha"));
            assertTrue(o.index.contains("statement/gamma"));
        }
    }

    @Test
    void suggestionsBuiltBeforeImportsFollowEveryImportAndThoseAskedForLaterCompleteWhatWasImported() {
        try (Opened o = open()) {
            o.index.prepareSuggestions(); // as serve does
            assertTrue(load(o.kb, "map.ttl", STATEMENTS).written());
            assertEquals(List.of("statement/beta"), ids(o.index.suggest("varian", 5)));

            assertTrue(load(o.kb, "map.ttl", FEWER).written()); // replaces the only file: the staged path
            assertEquals(List.of(), ids(o.index.suggest("varian", 5)));
            assertEquals(List.of("statement/gamma"), ids(o.index.suggest("task", 5)));

            assertTrue(load(o.kb, "other.ttl", STATEMENTS).written()); // beside another: the re-reading path
            assertEquals(List.of("statement/beta"), ids(o.index.suggest("varian", 5)));
        }
        try (Opened o = open()) { // a command-line import: nothing asks for suggestions while it runs
            assertTrue(load(o.kb, "third.ttl", FEWER.replace("gamma", "zeta").replace("Errors grow", "Slips grow")).written());
            assertFalse(o.index.suggestionsBuilt(), "opening and importing build no completions nobody asked for");
            assertEquals(List.of("statement/zeta"), ids(o.index.suggest("slip", 5)), "built from the index at the first request");
            assertEquals(List.of("statement/beta"), ids(o.index.suggest("varian", 5)));
        }
    }

    private static List<String> ids(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::id).toList();
    }

    @Test
    void aFirstImportIsIndexedExactlyAsARebuildFromTheStoreIndexesIt() throws Exception {
        Path file = dir.resolve("map.nq");
        new MapGenerator(4_000, 3).writeNQuads(file);
        try (Opened o = open()) {
            assertTrue(o.kb.importFile(ImportRequest.of("map.nq", Files.readAllBytes(file))).written());
            List<SearchResult> staged = answers(o.index);
            int size = o.index.size();
            assertTrue(size > 50, "the map has documents: " + size);

            o.index.reindex(IndexProgress.NONE);

            assertEquals(size, o.index.size());
            assertEquals(answers(o.index), staged, "same hits, scores, highlights and facet counts");
        }
    }

    private static List<SearchResult> answers(SearchIndex index) {
        List<SearchResult> out = new ArrayList<>();
        for (String q : List.of("coherence", "agent", "variance share", "*", "reward hacking")) {
            out.add(index.search(SearchQuery.of(q).withLimit(50)));
        }
        return out;
    }
}
