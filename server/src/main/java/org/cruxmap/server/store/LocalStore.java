package org.cruxmap.server.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
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
        this.counter.set(Txn.calculateRead(dataset, () -> SystemGraph.counter(dataset)));
    }

    /** A TDB2 store in a directory, created when missing. */
    public static LocalStore tdb2(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create data directory " + dir + ": " + e.getMessage(), e);
        }
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new LocalStore("tdb2", ds);
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
        write(ds -> {
            Node g = NodeFactory.createURI(record.graphIri());
            ds.asDatasetGraph().removeGraph(g);
            var target = ds.asDatasetGraph().getGraph(g);
            model.getGraph().find().forEach(target::add);
            SystemGraph.record(ds.getNamedModel(CM.SYSTEM_GRAPH), record, null);
        }, Set.of(record.graphIri()));
    }

    @Override
    public boolean removeGraph(String graphIri) {
        if (!read(ds -> ds.containsNamedModel(graphIri)
                || ds.getNamedModel(CM.SYSTEM_GRAPH).contains(ds.getNamedModel(CM.SYSTEM_GRAPH).createResource(graphIri), null))) {
            return false; // nothing to remove: no transaction, the change counter stays
        }
        boolean[] existed = {false};
        write(ds -> {
            existed[0] = ds.containsNamedModel(graphIri);
            ds.asDatasetGraph().removeGraph(NodeFactory.createURI(graphIri));
            Model system = ds.getNamedModel(CM.SYSTEM_GRAPH);
            system.removeAll(system.createResource(graphIri), null, null);
        }, Set.of(graphIri));
        return existed[0];
    }

    @Override
    public void write(Consumer<Dataset> work) { write(work, null); }

    /** One write transaction that moves the counter; graphs names what it changed (null: unknown). */
    private void write(Consumer<Dataset> work, Set<String> graphs) {
        long[] next = {0};
        long[] before = {0};
        synchronized (log) {
            Txn.executeWrite(dataset, () -> {
                work.accept(dataset);
                before[0] = SystemGraph.counter(dataset);
                next[0] = before[0] + 1;
                SystemGraph.setCounter(dataset.getNamedModel(CM.SYSTEM_GRAPH), next[0]);
            });
            log.record(before[0], next[0], graphs);
            counter.set(next[0]);
        }
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
