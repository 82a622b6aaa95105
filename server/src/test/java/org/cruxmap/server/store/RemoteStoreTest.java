package org.cruxmap.server.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.ontology.CM;
import org.cruxmap.server.app.ImportRequest;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.sparql.UpdateService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RemoteStoreTest {
    private static final long POLL = 150;
    private static final String LABELS = "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT (COUNT(*) AS ?n) WHERE { ?s rdfs:label ?l }";

    private final InProcessFuseki fuseki = new InProcessFuseki();

    @AfterEach
    void stopFuseki() { fuseki.close(); }

    private KnowledgeBase server() { return new KnowledgeBase(RemoteStore.connect(fuseki.url(), POLL), Ingest.standard()); }

    private static long count(Store store, String query) {
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecution.create().query(query).dataset(ds).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    /** Every quad in a named graph, as sorted N-Quads lines with blank nodes renamed away (for comparing two stores). */
    private static Set<String> namedQuads(DatasetGraph dsg) {
        DatasetGraph copy = DatasetGraphFactory.createGeneral();
        // A replica keeps the endpoint's system graph in its own default graph (out of the union queries read).
        org.apache.jena.graph.Node system = org.apache.jena.graph.NodeFactory.createURI(CM.SYSTEM_GRAPH);
        Txn.executeRead(dsg, () -> dsg.find().forEachRemaining(q -> copy.add(q.isDefaultGraph()
                ? org.apache.jena.sparql.core.Quad.create(system, q.asTriple()) : q)));
        var out = new java.io.ByteArrayOutputStream();
        RDFDataMgr.write(out, copy, Lang.NQUADS);
        Set<String> lines = new TreeSet<>();
        for (String l : out.toString(UTF_8).split("\n")) if (!l.isBlank()) lines.add(l.replaceAll("_:\\S+", "_:b"));
        return lines;
    }

    @Test
    void anImportLandsInTheEndpointAsOneNamedGraphWithItsRecordAndTheCounter() {
        try (KnowledgeBase kb = server()) {
            assertEquals(0, kb.store().changeCounter(), "an endpoint Cruxmap never wrote starts at 0");

            var outcome = kb.importFile(ImportRequest.of("map.ttl", StoreFixtures.GOOD.getBytes(UTF_8)));
            assertTrue(outcome.written());

            Node g = NodeFactory.createURI(GraphRecord.graphFor("map.ttl"));
            Txn.executeRead(fuseki.data(), () -> {
                assertEquals(outcome.triples(), fuseki.data().getGraph(g).size(), "the file's triples, in its own graph at the endpoint");
                var system = org.apache.jena.rdf.model.ModelFactory.createModelForGraph(fuseki.data().getGraph(NodeFactory.createURI(CM.SYSTEM_GRAPH)));
                assertEquals(1, SystemGraph.counter(system));
                assertEquals("map.ttl", system.getResource(g.getURI()).getProperty(CM.importedFrom).getString());
            });
            assertEquals(1, kb.store().changeCounter());
            assertEquals(2, count(kb.store(), LABELS), "reads see the write at once");
            assertEquals(1, kb.store().graphs().size());
        }
    }

    @Test
    void aWriteThroughOneServerIsVisibleThroughAnotherOnceThePollIntervalHasPassed() throws Exception {
        try (KnowledgeBase a = server(); KnowledgeBase b = server()) {
            assertEquals(0, count(b.store(), LABELS));

            a.importFile(ImportRequest.of("map.ttl", StoreFixtures.GOOD.getBytes(UTF_8)));
            Thread.sleep(POLL + 20);

            assertEquals(2, count(b.store(), LABELS), "the first read after the poll interval sees it");
            assertEquals(a.store().changeCounter(), b.store().changeCounter());
            assertEquals(Set.of(GraphRecord.graphFor("map.ttl")), b.store().changedSince(0).orElseThrow());

            b.importFile(ImportRequest.of("map.ttl", StoreFixtures.GOOD_V2.getBytes(UTF_8)));
            b.importFile(ImportRequest.of("other.ttl", StoreFixtures.OTHER.getBytes(UTF_8)));
            Thread.sleep(POLL + 20);

            assertEquals(2, count(a.store(), LABELS), "C and Z, and A and B are gone");
            assertEquals(3, a.store().changeCounter());
            assertEquals(Set.of(GraphRecord.graphFor("map.ttl"), GraphRecord.graphFor("other.ttl")), a.store().changedSince(1).orElseThrow());
        }
    }

    @Test
    void afterImportsRemovalsAndUpdatesWithBlankNodesEveryReplicaHoldsWhatTheEndpointHolds() throws Exception {
        try (KnowledgeBase a = server(); KnowledgeBase b = server()) {
            a.importFile(ImportRequest.of("map.ttl", StoreFixtures.GOOD.getBytes(UTF_8)));
            a.importFile(ImportRequest.of("other.ttl", StoreFixtures.OTHER.getBytes(UTF_8)));
            UpdateService updates = new UpdateService(b, 10_000);
            updates.run("""
                    PREFIX ex: <http://example.org/>
                    INSERT DATA { ex:s ex:p [ ex:q "in the default graph" ] . GRAPH ex:g { ex:s ex:p [ ex:q "named" ] } }""", null);
            updates.run("""
                    PREFIX ex: <http://example.org/>
                    DELETE { GRAPH ex:g { ?b ex:q ?v } } INSERT { GRAPH ex:g { ?b ex:q "changed" } } WHERE { GRAPH ex:g { ?b ex:q ?v } }""", null);
            assertTrue(a.removeGraph(GraphRecord.graphFor("other.ttl")));
            assertFalse(b.removeGraph("http://example.org/never"));
            Thread.sleep(POLL + 20);

            Set<String> remote = namedQuads(fuseki.data());
            a.store().sync();
            b.store().sync();
            assertEquals(remote, namedQuads(((RemoteStore) a.store()).replica().asDatasetGraph()));
            assertEquals(remote, namedQuads(((RemoteStore) b.store()).replica().asDatasetGraph()));
            assertTrue(remote.stream().anyMatch(l -> l.contains("\"changed\"") && l.contains("<http://example.org/g>")), remote.toString());
            assertTrue(remote.stream().noneMatch(l -> l.contains("\"named\"")), "the update replaced the blank node's value, not added one");
            assertTrue(remote.stream().noneMatch(l -> l.contains("statement/z")), "other.ttl was removed");
            assertEquals(6, a.store().changeCounter(), "two imports, two updates, two removals (one of nothing)");
            assertEquals(6, b.store().changeCounter());
        }
    }

    @Test
    void aRequestThatFindsTheStoreGoneFailsClearlyLandsNothingAndServiceReturnsWithTheStore() throws Exception {
        try (KnowledgeBase kb = server()) {
            kb.importFile(ImportRequest.of("map.ttl", StoreFixtures.GOOD.getBytes(UTF_8)));
            fuseki.stop();
            Thread.sleep(POLL + 20);

            StoreException read = assertThrows(StoreException.class, () -> count(kb.store(), LABELS));
            assertTrue(read.getMessage().startsWith("the remote store " + fuseki.url() + " could not"), read.getMessage());
            assertTrue(read.getMessage().contains("connection refused"), read.getMessage());
            assertThrows(StoreException.class, () -> kb.importFile(ImportRequest.of("other.ttl", StoreFixtures.OTHER.getBytes(UTF_8))));
            assertThrows(StoreException.class, () -> kb.removeGraph(GraphRecord.graphFor("map.ttl")));
            assertEquals(1, kb.store().changeCounter(), "no failed write moved the counter");

            fuseki.restart();

            assertEquals(2, count(kb.store(), LABELS), "the failed import landed nowhere");
            assertEquals(1, kb.store().graphs().size());
            assertTrue(kb.importFile(ImportRequest.of("other.ttl", StoreFixtures.OTHER.getBytes(UTF_8))).written());
            assertEquals(3, count(kb.store(), LABELS));
            assertEquals(2, kb.store().changeCounter());
        }
    }

    @Test
    void aStoreUrlThatIsNotAnHttpDatasetUrlIsRefusedAsUsage() {
        assertThrows(IllegalArgumentException.class, () -> Stores.open("http://", null));
        assertThrows(IllegalArgumentException.class, () -> Stores.open("http://127.0.0.1:1/ds?x=1", null));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Stores.open("ftp://host/ds", null));
        assertTrue(e.getMessage().contains("http://HOST:PORT/DATASET"), e.getMessage());
    }

    @Test
    void connectingToAStoreThatIsDownNamesItAndWhy() {
        String url = fuseki.url();
        fuseki.stop();
        StoreException e = assertThrows(StoreException.class, () -> RemoteStore.connect(url, POLL));
        assertEquals("the remote store " + url + " could not fetch the dataset: connection refused (is it running?)", e.getMessage());
    }

    @Test
    void theDatasetViewOfAReadIsTheReplicaWithTheUnionAsDefaultGraph() {
        try (KnowledgeBase kb = server()) {
            kb.importFile(ImportRequest.of("map.ttl", StoreFixtures.GOOD.getBytes(UTF_8)));
            kb.importFile(ImportRequest.of("other.ttl", StoreFixtures.OTHER.getBytes(UTF_8)));
            long inUnion = kb.store().read((Dataset ds) -> ds.getUnionModel().size());
            assertEquals(3, count(kb.store(), LABELS));
            assertTrue(inUnion >= 10, "both files' triples in the union: " + inUnion);
        }
    }
}
