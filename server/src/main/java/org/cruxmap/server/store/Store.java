package org.cruxmap.server.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;

/**
 * Where the knowledge base lives. One named graph per imported file; queries see the union of all
 * graphs as their default graph; every committed write moves the change counter.
 */
public interface Store extends AutoCloseable {

    /** The kind of store, as on the command line: {@code tdb2}, {@code mem} or the endpoint URL. */
    String kind();

    /** A number that moves on every committed write; caches and the index key on it. Never blocks on the network. */
    long changeCounter();

    /**
     * Brings this process's view up to date with where the data lives. A local store always is; a
     * remote store asks its endpoint when its view is older than the poll interval, and throws
     * {@link StoreException} when the endpoint cannot be reached.
     */
    default void sync() { }

    /** The graphs changed by the writes since the counter stood at {@code counter}; empty when unknown (assume all). */
    default Optional<Set<String>> changedSince(long counter) { return Optional.empty(); }

    /** Runs work in a read transaction over the dataset: SPARQL sees the union of all graphs as its default graph; model code asks for {@code ds.getUnionModel()}. */
    <T> T read(Function<Dataset, T> work);

    /** Replaces the named graph with the model in one write transaction; nothing lands on failure. */
    void replaceGraph(GraphRecord record, Model model);

    /**
     * As {@link #replaceGraph}, but asks {@code proceed} once the model is staged inside the
     * transaction and commits only on yes; on no, nothing lands. True when it committed.
     */
    default boolean replaceGraphIf(GraphRecord record, Model model, java.util.function.BooleanSupplier proceed) {
        if (!proceed.getAsBoolean()) return false;
        replaceGraph(record, model);
        return true;
    }

    /** True when this process is the store's only writer (an embedded store), so what it wrote is all there is. */
    default boolean soleWriter() { return false; }

    /** Removes a named graph in one write transaction; false when there was none. */
    boolean removeGraph(String graphIri);

    /** Runs a write over the raw dataset (named graphs as they are) in one transaction, then moves the counter. */
    void write(java.util.function.Consumer<Dataset> work);

    /** The named graphs holding imported data, with where they came from. */
    List<GraphRecord> graphs();

    @Override
    void close();
}
