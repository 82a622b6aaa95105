package org.cruxmap.server.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.cruxmap.ontology.CM;

/**
 * An embedded Jena store: TDB2 on disk or transactional in memory. Writes are single transactions;
 * the change counter and the import records live in the system graph, so they commit with the data.
 */
public final class LocalStore implements Store {
    private final String kind;
    private final Dataset dataset;
    private final AtomicLong counter = new AtomicLong();
    private final ChangeLog log = new ChangeLog();

    private LocalStore(String kind, Dataset dataset) {
        this.kind = kind;
        this.dataset = dataset;
        if (Txn.calculateRead(dataset, () -> dataset.containsNamedModel(CM.SYSTEM_GRAPH))) {
            Txn.executeWrite(dataset, () -> SystemGraph.migrate(dataset));
        }
        this.counter.set(Txn.calculateRead(dataset, () -> SystemGraph.counter(dataset)));
    }

    /** A TDB2 store in a directory, created when missing; its query planner's statistics are brought up to date first. */
    public static LocalStore tdb2(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create data directory " + dir + ": " + e.getMessage(), e);
        }
        Dataset ds = connect(dir);
        if (PlannerStatistics.stale(ds)) {
            PlannerStatistics.write(ds);
            TDBInternal.expel(ds.asDatasetGraph()); // TDB2 reads the statistics when it opens the database
            ds = connect(dir);
        }
        return new LocalStore("tdb2", ds);
    }

    private static Dataset connect(Path dir) {
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return ds;
    }

    /**
     * A transactional in-memory store: TDB2 on an in-memory location, so both kinds share one
     * engine, one transaction model and the same union default graph.
     */
    public static LocalStore inMemory() {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new LocalStore("mem", ds);
    }

    @Override public String kind() { return kind; }

    @Override public long changeCounter() { return counter.get(); }

    @Override
    public <T> T read(Function<Dataset, T> work) {
        return Txn.calculateRead(dataset, () -> work.apply(dataset));
    }

    @Override
    public Optional<Set<String>> changedSince(long from) { return log.since(from, counter.get()); }

    @Override
    public void replaceGraph(GraphRecord record, Model model) {
        replaceGraphIf(record, model, () -> true);
    }

    @Override
    public boolean replaceGraphIf(GraphRecord record, Model model, BooleanSupplier proceed) {
        return write(ds -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            Node g = NodeFactory.createURI(record.graphIri());
            dsg.removeGraph(g);
            model.getGraph().find().forEachRemaining(t -> dsg.add(g, t.getSubject(), t.getPredicate(), t.getObject()));
            if (!proceed.getAsBoolean()) return false;
            SystemGraph.record(SystemGraph.of(ds), record, null);
            return true;
        }, Set.of(record.graphIri()));
    }

    @Override public boolean soleWriter() { return true; }

    @Override
    public boolean removeGraph(String graphIri) {
        if (!read(ds -> ds.containsNamedModel(graphIri)
                || SystemGraph.of(ds).contains(SystemGraph.of(ds).createResource(graphIri), null))) {
            return false; // nothing to remove: no transaction, the change counter stays
        }
        boolean[] existed = {false};
        write(ds -> {
            existed[0] = ds.containsNamedModel(graphIri);
            ds.asDatasetGraph().removeGraph(NodeFactory.createURI(graphIri));
            Model system = SystemGraph.of(ds);
            system.removeAll(system.createResource(graphIri), null, null);
            return true;
        }, Set.of(graphIri));
        return existed[0];
    }

    @Override
    public void write(Consumer<Dataset> work) {
        write(ds -> {
            work.accept(ds);
            return true;
        }, null);
    }

    /**
     * One write transaction that moves the counter, committed when work says yes and abandoned
     * (nothing lands, the counter stays) when it says no or throws; graphs names what it changed
     * (null: unknown). True when it committed.
     */
    private boolean write(Predicate<Dataset> work, Set<String> graphs) {
        long[] before = {0};
        synchronized (log) {
            try {
                Txn.executeWrite(dataset, () -> {
                    if (!work.test(dataset)) throw new Abandoned();
                    before[0] = SystemGraph.counter(dataset);
                    SystemGraph.setCounter(SystemGraph.of(dataset), before[0] + 1);
                });
            } catch (Abandoned e) {
                return false; // Txn aborted the transaction on the way out
            }
            log.record(before[0], before[0] + 1, graphs);
            counter.set(before[0] + 1);
            return true;
        }
    }

    /** Thrown inside a write transaction to abort it: the work said no. */
    private static final class Abandoned extends RuntimeException {
        Abandoned() { super("write abandoned", null, false, false); }
    }

    @Override
    public List<GraphRecord> graphs() {
        return Txn.calculateRead(dataset, () -> SystemGraph.graphs(dataset));
    }

    /** The raw dataset, for whole-store comparisons and export; callers open their own transaction. */
    public Dataset dataset() { return dataset; }

    @Override
    public void close() {
        dataset.close();
    }
}
