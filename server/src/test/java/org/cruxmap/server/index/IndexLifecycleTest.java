package org.cruxmap.server.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.store.LocalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The on-disk index next to a TDB2 store: kept across restarts, rebuilt when missing, stale or corrupt. */
class IndexLifecycleTest {
    @TempDir Path data;

    private KnowledgeBase openKb() { return new KnowledgeBase(LocalStore.tdb2(data.resolve("tdb2")), Ingest.standard()); }

    private SearchIndex openIndex(KnowledgeBase kb) {
        SearchIndex index = SearchIndex.forStore(kb.store(), data, IndexProgress.NONE);
        kb.onWrite(index);
        return index;
    }

    @Test
    void anUpToDateIndexIsReusedAcrossRestarts() {
        try (KnowledgeBase kb = openKb()) {
            SearchIndex index = openIndex(kb);
            assertTrue(index.openedBecause().startsWith("rebuilt because there was none"), index.openedBecause());
            IndexFixtures.load(kb, "map.ttl", IndexFixtures.MAP);
            index.close();
        }
        assertTrue(Files.isDirectory(data.resolve("index")));
        try (KnowledgeBase kb = openKb(); SearchIndex index = openIndex(kb)) {
            assertEquals("up to date", index.openedBecause());
            assertEquals("statement/theorems", index.search(SearchQuery.of("coherence theorems")).hits().get(0).id());
            assertEquals("statement/geniuses", index.suggest("datacen", 3).get(0).id());
        }
    }

    @Test
    void aWriteTheIndexMissedMakesItStaleAndItIsRebuiltOnOpen() {
        try (KnowledgeBase kb = openKb()) {
            SearchIndex index = openIndex(kb);
            IndexFixtures.load(kb, "map.ttl", IndexFixtures.MAP);
            index.close();
        }
        try (KnowledgeBase kb = openKb()) {
            IndexFixtures.load(kb, "late.ttl", """
                    @prefix cm: <https://w3id.org/cruxmap/ns#> .
                    @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                    <https://w3id.org/cruxmap/id/statement/late> a cm:Statement, cm:Claim ; rdfs:label "Written while no index listened" ; cm:status cm:unverified .
                    """);
        }
        try (KnowledgeBase kb = openKb(); SearchIndex index = openIndex(kb)) {
            assertTrue(index.openedBecause().contains("stale"), index.openedBecause());
            assertEquals(List.of("statement/late"), index.search(SearchQuery.of("listened")).hits().stream().map(SearchHit::id).toList());
            assertEquals(kb.store().changeCounter(), index.indexedCounter());
        }
    }

    @Test
    void garbageInTheIndexDirectoryIsDetectedAndTheIndexRebuiltFromTheStore() throws Exception {
        try (KnowledgeBase kb = openKb()) {
            SearchIndex index = openIndex(kb);
            IndexFixtures.load(kb, "map.ttl", IndexFixtures.MAP);
            index.close();
        }
        try (Stream<Path> files = Files.list(data.resolve("index"))) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals("write.lock")).toList()) {
                Files.write(f, "this is not a Lucene file".getBytes());
            }
        }
        try (KnowledgeBase kb = openKb(); SearchIndex index = openIndex(kb)) {
            assertTrue(index.openedBecause().contains("unreadable"), index.openedBecause());
            assertEquals(11, index.size());
            assertEquals("statement/geniuses", index.search(SearchQuery.of("\"country of geniuses\"")).hits().get(0).id());
        }
    }

    @Test
    void reindexRebuildsEverythingAndReportsProgress() {
        try (KnowledgeBase kb = openKb(); SearchIndex index = openIndex(kb)) {
            IndexFixtures.load(kb, "map.ttl", IndexFixtures.MAP);
            long[] last = {0, 0};
            long n = index.reindex((done, total) -> { last[0] = done; last[1] = total; });
            assertEquals(11, n);
            assertEquals(11, last[0]);
            assertEquals(11, last[1]);
            assertEquals(11, index.size());
        }
    }
}
