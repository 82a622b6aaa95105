package org.cruxmap.server.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.cruxmap.ingest.Format;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.ingest.ReadContext;
import org.cruxmap.server.app.ImportRequest;
import org.cruxmap.server.generate.MapGenerator;
import org.cruxmap.server.store.GraphRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documents an import builds from its model are the documents a re-read of the store gives. */
class ModelNodesTest {
    @TempDir Path dir;

    @Test
    void aGeneratedMapReadFromItsModelGivesTheNodesTheStoreGivesAfterTheCommit() throws Exception {
        Path file = dir.resolve("map.nq");
        new MapGenerator(3_000, 5).writeNQuads(file);
        assertSameNodes(file.getFileName().toString(), Files.readAllBytes(file), Format.NQUADS);
    }

    @Test
    void theHandWrittenMapWithQuotesPeopleAndSourcesReadsTheSameFromModelAndStore() {
        assertSameNodes("map.ttl", IndexFixtures.MAP.getBytes(java.nio.charset.StandardCharsets.UTF_8), Format.TURTLE);
    }

    private static void assertSameNodes(String fileName, byte[] bytes, Format format) {
        Model model = Ingest.standard().read(bytes, format, ReadContext.of(fileName)).model();
        String graph = GraphRecord.graphFor(fileName);
        List<IndexedNode> fromModel = ModelNodes.of(graph, model);
        try (IndexFixtures.Kb kb = IndexFixtures.Kb.inMemory()) {
            assertTrue(kb.kb().importFile(ImportRequest.of(fileName, bytes)).written());
            List<IndexedNode> fromStore = kb.kb().store().read(ds -> {
                NodeReader reader = new NodeReader(ds);
                List<IndexedNode> out = new ArrayList<>();
                reader.readAll(reader.allIris(), out::add);
                return out;
            });
            assertTrue(fromStore.size() > 10, "the map has nodes to compare: " + fromStore.size());
            Map<String, IndexedNode> store = byIri(fromStore);
            Map<String, IndexedNode> fromFile = byIri(fromModel);
            assertEquals(store.keySet(), fromFile.keySet());
            for (String iri : store.keySet()) assertEquals(store.get(iri), fromFile.get(iri), iri);
            assertEquals(fromStore.stream().map(IndexedNode::iri).toList(), fromModel.stream().map(IndexedNode::iri).toList(),
                    "documents go in the same order, so equal scores rank the same");
        }
    }

    private static Map<String, IndexedNode> byIri(List<IndexedNode> nodes) {
        Map<String, IndexedNode> out = new LinkedHashMap<>();
        for (IndexedNode n : nodes) out.put(n.iri(), n);
        return out;
    }
}
