package org.cruxmap.server.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.server.app.ImportOutcome;
import org.cruxmap.server.app.ImportRequest;
import org.cruxmap.server.app.KnowledgeBase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AtomicImportTest {
    @TempDir Path dir;

    private static long count(Store store, String query) {
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(ds).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tdb2", "mem"})
    void reimportingAFileReplacesItsGraphAndQueriesSeeTheUnionOfAllGraphs(String kind) {
        try (KnowledgeBase kb = new KnowledgeBase(StoreFixtures.open(kind, dir), Ingest.standard())) {
            kb.importFile(ImportRequest.of("map.ttl", StoreFixtures.GOOD.getBytes(UTF_8)));
            kb.importFile(ImportRequest.of("other.ttl", StoreFixtures.OTHER.getBytes(UTF_8)));
            String labels = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT (COUNT(*) AS ?n) WHERE { ?s rdfs:label ?l }";
            assertEquals(3, count(kb.store(), labels), "A, B and Z seen through the default graph");
            long before = kb.store().changeCounter();

            ImportOutcome again = kb.importFile(ImportRequest.of("map.ttl", StoreFixtures.GOOD_V2.getBytes(UTF_8)));

            assertTrue(again.written());
            assertEquals(2, count(kb.store(), labels), "A and B replaced by C, Z untouched");
            assertEquals(2, kb.store().graphs().size());
            assertEquals(before + 1, kb.store().changeCounter());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tdb2", "mem"})
    void aFileThatDoesNotParseLeavesTheWholeDatasetAsItWas(String kind) {
        try (KnowledgeBase kb = new KnowledgeBase(StoreFixtures.open(kind, dir), Ingest.standard())) {
            kb.importFile(ImportRequest.of("map.ttl", StoreFixtures.GOOD.getBytes(UTF_8)));
            LocalStore store = (LocalStore) kb.store();
            var before = StoreFixtures.snapshot(store);
            long counter = store.changeCounter();

            ImportOutcome broken = kb.importFile(ImportRequest.of("map.ttl", StoreFixtures.BROKEN.getBytes(UTF_8)));

            assertTrue(broken.failed());
            assertEquals(3, broken.diagnostics().get(0).line(), "the error names the broken line");
            assertEquals(before, StoreFixtures.snapshot(store));
            assertEquals(counter, store.changeCounter());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tdb2", "mem"})
    void aFileThatBreaksAShapeLeavesTheWholeDatasetAsItWas(String kind) {
        try (KnowledgeBase kb = new KnowledgeBase(StoreFixtures.open(kind, dir), Ingest.standard())) {
            kb.importFile(ImportRequest.of("map.ttl", StoreFixtures.GOOD.getBytes(UTF_8)));
            LocalStore store = (LocalStore) kb.store();
            var before = StoreFixtures.snapshot(store);

            ImportOutcome invalid = kb.importFile(ImportRequest.of("map.ttl", StoreFixtures.INVALID.getBytes(UTF_8)));

            assertTrue(invalid.failed());
            assertTrue(invalid.diagnostics().get(0).message().contains("cm:status"), invalid.diagnostics().toString());
            assertEquals(before, StoreFixtures.snapshot(store));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tdb2", "mem"})
    void aWriteThatFailsHalfwayIsRolledBackCompletely(String kind) {
        try (LocalStore store = StoreFixtures.open(kind, dir)) {
            store.replaceGraph(GraphRecord.forFile("map.ttl"), ModelFactory.createDefaultModel()
                    .read(new java.io.StringReader(StoreFixtures.GOOD), null, "TTL"));
            var before = StoreFixtures.snapshot(store);
            long counter = store.changeCounter();

            Graph failing = new FailingGraph(StoreFixtures.GOOD_V2 + StoreFixtures.OTHER);
            assertThrows(IllegalStateException.class,
                    () -> store.replaceGraph(GraphRecord.forFile("map.ttl"), ModelFactory.createModelForGraph(failing)));

            assertEquals(before, StoreFixtures.snapshot(store));
            assertEquals(counter, store.changeCounter());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tdb2", "mem"})
    void theChangeCounterSurvivesAReopen(String kind) {
        if (kind.equals("mem")) return;
        long counter;
        try (LocalStore store = StoreFixtures.open(kind, dir)) {
            store.replaceGraph(GraphRecord.forFile("a.ttl"), ModelFactory.createDefaultModel()
                    .read(new java.io.StringReader(StoreFixtures.OTHER), null, "TTL"));
            store.removeGraph(GraphRecord.graphFor("missing.ttl"));
            counter = store.changeCounter();
        }
        try (LocalStore store = StoreFixtures.open(kind, dir)) {
            assertEquals(counter, store.changeCounter());
            assertEquals(List.of(GraphRecord.graphFor("a.ttl")), store.graphs().stream().map(GraphRecord::graphIri).toList());
            assertEquals("a.ttl", store.graphs().get(0).importedFrom());
        }
    }

    @org.junit.jupiter.api.Test
    void aStoreThatKeptItsRecordsInANamedSystemGraphIsMovedOnOpenKeepingCounterAndRecords() {
        Path old = dir.resolve("old");
        org.apache.jena.query.Dataset ds = org.apache.jena.tdb2.TDB2Factory.connectDataset(old.toString());
        org.apache.jena.system.Txn.executeWrite(ds, () -> {
            ds.getNamedModel(GraphRecord.graphFor("a.ttl")).read(new java.io.StringReader(StoreFixtures.OTHER), null, "TTL");
            var system = ds.getNamedModel(org.cruxmap.ontology.CM.SYSTEM_GRAPH);
            SystemGraph.record(system, new GraphRecord(GraphRecord.graphFor("a.ttl"), "a.ttl", java.time.Instant.parse("2026-11-01T00:00:00Z")), null);
            SystemGraph.setCounter(system, 41);
        });
        org.apache.jena.tdb2.sys.TDBInternal.expel(ds.asDatasetGraph());
        try (LocalStore store = LocalStore.tdb2(old)) {
            assertEquals(41, store.changeCounter());
            assertEquals("a.ttl", store.graphs().get(0).importedFrom());
            assertEquals(1, store.graphs().size());
            assertFalse(store.<Boolean>read(d -> d.containsNamedModel(org.cruxmap.ontology.CM.SYSTEM_GRAPH)));
            assertEquals(0, count(store, "SELECT (COUNT(*) AS ?n) { ?s <https://w3id.org/cruxmap/ns#importedFrom> ?o }"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"tdb2", "mem"})
    void removingAGraphTakesOnlyItsTriples(String kind) {
        try (KnowledgeBase kb = new KnowledgeBase(StoreFixtures.open(kind, dir), Ingest.standard())) {
            kb.importFile(ImportRequest.of("map.ttl", StoreFixtures.GOOD.getBytes(UTF_8)));
            kb.importFile(ImportRequest.of("other.ttl", StoreFixtures.OTHER.getBytes(UTF_8)));
            assertTrue(kb.removeGraph(GraphRecord.graphFor("map.ttl")));
            assertFalse(kb.removeGraph(GraphRecord.graphFor("map.ttl")));
            assertEquals(1, count(kb.store(),
                    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT (COUNT(*) AS ?n) WHERE { ?s rdfs:label ?l }"));
        }
    }

    /** A graph whose iteration fails after its first two triples, as a disk or parser might mid-write. */
    private static final class FailingGraph extends org.apache.jena.graph.impl.GraphBase {
        private final Graph inner = GraphFactory.createDefaultGraph();

        FailingGraph(String turtle) {
            ModelFactory.createModelForGraph(inner).read(new java.io.StringReader(turtle), null, "TTL");
        }

        @Override
        protected ExtendedIterator<Triple> graphBaseFind(Triple m) {
            var it = inner.find(m).toList().iterator();
            return WrappedIterator.create(new java.util.Iterator<>() {
                int n;
                public boolean hasNext() { return true; }
                public Triple next() {
                    if (n++ >= 2 || !it.hasNext()) throw new IllegalStateException("disk full");
                    return it.next();
                }
            });
        }
    }
}
