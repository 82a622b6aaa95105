package org.cruxmap.server.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.server.app.BundledCorpus;
import org.cruxmap.server.app.ImportOutcome;
import org.cruxmap.server.app.ImportRequest;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.store.LocalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArgdownFolderTest {
    @TempDir Path tmp;

    @Test
    void theCorpusExportedAsAnArgdownFolderImportsIntoAnEmptyStoreAsTheSameStatements() throws Exception {
        try (LocalStore first = LocalStore.inMemory(); LocalStore second = LocalStore.inMemory()) {
            BundledCorpus.loadIntoEmpty(new KnowledgeBase(first, Ingest.standard()));
            Model original = Exporter.merged(first);
            ArgdownFolder.Written w = ArgdownFolder.write(first, tmp.resolve("out"));
            assertTrue(w.mapTriples() > w.dataTriples(), "the map carries most of the data: " + w);
            String map = Files.readString(tmp.resolve("out/map.argdown"));
            assertTrue(map.contains("\n[") && map.contains("#crux"), "an Argdown map with statements and cruxes");
            assertTrue(Files.readString(tmp.resolve("out/data.ttl")).contains("fullText"), "the texts the quotes need");

            KnowledgeBase again = new KnowledgeBase(second, Ingest.standard());
            List<ImportOutcome> outcomes = again.importAll(List.of(
                    ImportRequest.of(ArgdownFolder.MAP, Files.readAllBytes(tmp.resolve("out/map.argdown"))),
                    ImportRequest.of(ArgdownFolder.DATA, Files.readAllBytes(tmp.resolve("out/data.ttl")))), false);
            for (ImportOutcome o : outcomes) assertTrue(o.written(), o.toString());
            Model back = Exporter.merged(second);
            assertTrue(back.isIsomorphicWith(original),
                    "missing: " + original.difference(back).size() + ", extra: " + back.difference(original).size());
        }
    }

    @Test
    void anEmptyStoreExportsAFolderWithNothingHalfWritten() throws Exception {
        try (LocalStore store = LocalStore.inMemory()) {
            ArgdownFolder.Written w = ArgdownFolder.write(store, tmp.resolve("empty"));
            assertEquals(0, w.mapTriples() + w.dataTriples());
            assertTrue(Files.exists(tmp.resolve("empty/map.argdown")));
            assertFalse(Files.exists(tmp.resolve("empty/map.argdown.part")));
        }
    }
}
