package org.cruxmap.server.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.cruxmap.ontology.CM;

/**
 * An embedded Jena store: TDB2 on disk or transactional in memory. Writes are single transactions;
 * the change counter and the import records live in the system graph, so they commit with the data.
 */
public final class LocalStore implements Store {
    private static final Resource STORE = org.apache.jena.rdf.model.ResourceFactory.createResource(CM.SYSTEM_GRAPH + "#store");

    private final String kind;
    private final Dataset dataset;
    private final AtomicLong counter = new AtomicLong();

    private LocalStore(String kind, Dataset dataset) {
        this.kind = kind;
        this.dataset = dataset;
        this.counter.set(Txn.calculateRead(dataset, () -> readCounter(dataset)));
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
    public void replaceGraph(GraphRecord record, Model model) {
        write(ds -> {
            Node g = NodeFactory.createURI(record.graphIri());
            ds.asDatasetGraph().removeGraph(g);
            var target = ds.asDatasetGraph().getGraph(g);
            model.getGraph().find().forEach(target::add);
            recordImport(ds, record);
        });
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
        });
        return existed[0];
    }

    @Override
    public void write(Consumer<Dataset> work) {
        long[] next = {0};
        Txn.executeWrite(dataset, () -> {
            work.accept(dataset);
            next[0] = readCounter(dataset) + 1;
            Model system = dataset.getNamedModel(CM.SYSTEM_GRAPH);
            system.removeAll(STORE, CM.changeCounter, null);
            system.addLiteral(STORE, CM.changeCounter, system.createTypedLiteral(next[0]));
        });
        counter.set(next[0]);
    }

    @Override
    public List<GraphRecord> graphs() {
        return Txn.calculateRead(dataset, () -> {
            List<GraphRecord> out = new ArrayList<>();
            Model system = dataset.getNamedModel(CM.SYSTEM_GRAPH);
            dataset.listNames().forEachRemaining(name -> {
                if (name.equals(CM.SYSTEM_GRAPH)) return;
                Resource g = system.createResource(name);
                Statement from = g.getProperty(CM.importedFrom);
                Statement at = g.getProperty(CM.importedAt);
                out.add(new GraphRecord(name, from == null ? null : from.getString(),
                        at == null ? null : Instant.parse(at.getLiteral().getLexicalForm())));
            });
            out.sort(java.util.Comparator.comparing(GraphRecord::graphIri));
            return out;
        });
    }

    /** The raw dataset, for whole-store comparisons and export; callers open their own transaction. */
    public Dataset dataset() { return dataset; }

    @Override
    public void close() {
        dataset.close();
    }

    private static void recordImport(Dataset ds, GraphRecord record) {
        Model system = ds.getNamedModel(CM.SYSTEM_GRAPH);
        Resource g = system.createResource(record.graphIri());
        system.removeAll(g, null, null);
        if (record.importedFrom() != null) g.addProperty(CM.importedFrom, record.importedFrom());
        Instant at = record.importedAt() == null ? Instant.now() : record.importedAt();
        g.addLiteral(CM.importedAt, system.createTypedLiteral(at.toString(), XSDDatatype.XSDdateTime));
    }

    private static long readCounter(Dataset ds) {
        if (!ds.containsNamedModel(CM.SYSTEM_GRAPH)) return 0;
        Statement s = ds.getNamedModel(CM.SYSTEM_GRAPH).getProperty(STORE, CM.changeCounter);
        Literal l = s == null ? null : s.getLiteral();
        return l == null ? 0 : l.getLong();
    }
}
