package org.cruxmap.server.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.BasicPattern;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderTransformation;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderWeighted;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.cruxmap.ontology.CM;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query planner's statistics: counted when a store opens after a write, and read by TDB2 to order patterns. */
class PlannerStatisticsTest {
    private static final Node GRAPH = NodeFactory.createURI(CM.GRAPH_BASE + "map.ttl");
    private static final Node STATUS = NodeFactory.createURI(CM.NS + "status");
    private static final Node VERIFIED = NodeFactory.createURI(CM.NS + "verified");
    private static final Node CRUX = NodeFactory.createURI(CM.NS + "Crux");

    @TempDir Path dir;

    /** Forty verified statements, four of them cruxes: fewer cruxes than verified statements. */
    private void writeMap() {
        try (LocalStore store = LocalStore.tdb2(dir)) {
            store.write(ds -> {
                for (int i = 0; i < 40; i++) {
                    Node s = NodeFactory.createURI(CM.ID_BASE + "statement/s" + i);
                    ds.asDatasetGraph().add(GRAPH, s, STATUS, VERIFIED);
                    ds.asDatasetGraph().add(GRAPH, s, RDF.Nodes.type, i % 10 == 0 ? CRUX : NodeFactory.createURI(CM.NS + "Claim"));
                }
            });
        }
    }

    /** Writes the map, opens the store again (which counts it) and returns where the counts went. */
    private Path countedMap() {
        writeMap();
        try (LocalStore store = LocalStore.tdb2(dir)) {
            return statsFile(store);
        }
    }

    private static Path statsFile(LocalStore store) {
        return Path.of(TDBInternal.getDatasetGraphTDB(store.dataset().asDatasetGraph()).getLocation().getPath(PlannerStatistics.FILE));
    }

    @Test
    void aStoreOpenedAfterAWriteCountsItsDataAndThePlannerStartsFromTheRarerPattern() throws Exception {
        writeMap();
        try (LocalStore store = LocalStore.tdb2(dir)) {
            String stats = Files.readString(statsFile(store));
            assertTrue(stats.contains("((VAR <" + CM.NS + "status> <" + CM.NS + "verified>) 40)"), stats);
            assertTrue(stats.contains("((VAR <" + RDF.type.getURI() + "> <" + CM.NS + "Crux>) 4)"), stats);
            ReorderTransformation planner = TDBInternal.getDatasetGraphTDB(store.dataset().asDatasetGraph()).getReorderTransform();
            assertInstanceOf(ReorderWeighted.class, planner);
            BasicPattern written = new BasicPattern();
            written.add(Triple.create(Var.alloc("s"), STATUS, VERIFIED));
            written.add(Triple.create(Var.alloc("s"), RDF.Nodes.type, CRUX));
            assertEquals(CRUX, planner.reorder(written).get(0).getObject(), "the four cruxes first, then their status");
        }
    }

    @Test
    void reopeningWithoutAWriteInBetweenLeavesTheStatisticsAlone() throws Exception {
        Path file = countedMap();
        FileTime counted = Files.getLastModifiedTime(file);
        Files.setLastModifiedTime(file, FileTime.fromMillis(counted.toMillis() - 60_000));
        try (LocalStore store = LocalStore.tdb2(dir)) {
            assertEquals(counted.toMillis() - 60_000, Files.getLastModifiedTime(file).toMillis(), "not counted again");
        }
    }

    @Test
    void statisticsCountedAnotherWayOrByAnotherToolAreCountedAgain() throws Exception {
        Path file = countedMap();
        Files.writeString(file, "(stats (meta (count 80)) (other 0))\n");
        Files.writeString(file.resolveSibling("stats.counter"), "1");
        try (LocalStore store = LocalStore.tdb2(dir)) {
            assertTrue(Files.readString(file).contains("<" + CM.NS + "verified>) 40)"), Files.readString(file));
        }
    }

    @Test
    void anEmptyStoreHasNothingToCount() {
        try (LocalStore store = LocalStore.tdb2(dir)) {
            assertFalse(Files.exists(statsFile(store)));
        }
    }
}
