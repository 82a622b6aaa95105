package org.cruxmap.server.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.engine.optimizer.reorder.ReorderLib;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * Statistics for TDB2's query planner: how many quads each predicate has across the named graphs,
 * and each predicate-object pair of a predicate with few objects, in the database's {@code stats.opt}. TDB2 reads the file when it opens
 * the database and orders each basic graph pattern by it, fewest matches first, where without it
 * a fixed rule puts {@code ?s cm:status cm:verified} (thousands of matches) before
 * {@code ?s a cm:Crux} (hundreds). Counted from the quad table's node ids, without decoding a node:
 * 0.7 s for a million quads. The counter the file was counted at sits beside it, so a store counts
 * again only when it was written to since.
 */
final class PlannerStatistics {
    static final String FILE = "stats.opt";
    private static final String COUNTED_AT = "stats.counter";

    /** Bumped when the counting changes, so files counted the old way are counted again. */
    private static final String KIND = "cruxmap-planner-statistics 3";

    private PlannerStatistics() {}

    /** What the side file says: how the file was counted, and at which change counter. */
    private static String countedAt(Dataset ds) { return KIND + " at " + SystemGraph.counter(ds); }

    /** True when the file on disk is missing or older than the data; a store with no data has nothing to plan. */
    static boolean stale(Dataset ds) {
        return Txn.calculateRead(ds, () -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(ds.asDatasetGraph());
            if (tdb.getLocation().isMem()) return false;
            if (tdb.getQuadTable().getNodeTupleTable().getTupleTable().isEmpty()) return false;
            Path counted = Path.of(tdb.getLocation().getPath(COUNTED_AT));
            try {
                return !Files.exists(Path.of(tdb.getLocation().getPath(FILE)))
                        || !Files.exists(counted)
                        || !Files.readString(counted).strip().equals(countedAt(ds));
            } catch (IOException e) {
                return true;
            }
        });
    }

    /** Counts the quads and writes the file (whole or not at all), then the counter it was counted at. */
    static void write(Dataset ds) {
        Txn.executeRead(ds, () -> {
            DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(ds.asDatasetGraph());
            NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
            Counts counts = new Counts(quads.getNodeTable().getNodeIdForNode(RDF.Nodes.type));
            quads.findAll().forEachRemaining(q -> counts.add(q.get(2), q.get(3)));
            Path file = Path.of(tdb.getLocation().getPath(FILE));
            Path partial = file.resolveSibling(FILE + ".partial");
            try {
                Files.writeString(partial, counts.sse(quads.getNodeTable()));
                ReorderLib.weighted(partial.toString()); // TDB2 must be able to read it, or it stays out
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                Files.writeString(Path.of(tdb.getLocation().getPath(COUNTED_AT)), countedAt(ds));
            } catch (IOException | RuntimeException e) {
                // the planner keeps its fixed rules; answers are the same, only slower
            }
        });
    }

    /**
     * Quads per predicate, and per predicate and object for a predicate with few distinct objects
     * (cm:status, cm:kind, rdf:type up to a thousand classes). TDB2's own statistics count objects
     * for rdf:type only and guess ten matches for any other {@code ?s <p> <o>}: for
     * {@code ?s cm:status cm:verified}, a quarter of all statements, that guess wins over every class.
     */
    static final class Counts {
        private static final int FEW_OBJECTS = 64;
        private static final int FEW_CLASSES = 1_000;
        private long total;
        private final Map<NodeId, long[]> perPredicate = new HashMap<>();
        private final Map<NodeId, Map<NodeId, long[]>> perObject = new HashMap<>();
        private final Set<NodeId> manyObjects = new HashSet<>();
        /** rdf:type's id in this database: its objects (classes) may be many more than other predicates'. */
        private final NodeId type;

        Counts(NodeId type) { this.type = type; }

        void add(NodeId p, NodeId o) {
            total++;
            perPredicate.computeIfAbsent(p, k -> new long[1])[0]++;
            if (manyObjects.contains(p)) return;
            Map<NodeId, long[]> objects = perObject.computeIfAbsent(p, k -> new HashMap<>());
            objects.computeIfAbsent(o, k -> new long[1])[0]++;
            if (objects.size() > (p.equals(type) ? FEW_CLASSES : FEW_OBJECTS)) {
                manyObjects.add(p);
                perObject.remove(p);
            }
        }

        /** The file's text: specific patterns first, as TDB2 takes the first pattern that fits. */
        String sse(NodeTable nodes) {
            StringBuilder out = new StringBuilder("(stats\n  (meta (count ").append(total).append("))\n");
            perObject.forEach((p, objects) -> objects.forEach((o, n) -> {
                Node object = nodes.getNodeForNodeId(o);
                if (object == null || !(object.isURI() || object.isLiteral())) return;
                out.append("  ((VAR ").append(NodeFmtLib.strNT(nodes.getNodeForNodeId(p))).append(' ')
                        .append(NodeFmtLib.strNT(object)).append(") ").append(n[0]).append(")\n");
            }));
            perPredicate.forEach((p, n) -> out.append("  (").append(NodeFmtLib.strNT(nodes.getNodeForNodeId(p)))
                    .append(' ').append(n[0]).append(")\n"));
            // A predicate the count has not seen (written since) is guessed at the average, not at none.
            long average = perPredicate.isEmpty() ? 0 : total / perPredicate.size();
            return out.append("  (other ").append(average).append("))\n").toString();
        }
    }
}
