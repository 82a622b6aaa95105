package org.cruxmap.server.store;

import java.util.List;
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

    /** A number that moves on every committed write; caches and the index key on it. */
    long changeCounter();

    /** Runs work in a read transaction over the query view (default graph = union of all graphs). */
    <T> T read(Function<Dataset, T> work);

    /** Replaces the named graph with the model in one write transaction; nothing lands on failure. */
    void replaceGraph(GraphRecord record, Model model);

    /** Removes a named graph in one write transaction; false when there was none. */
    boolean removeGraph(String graphIri);

    /** Runs a write over the raw dataset (named graphs as they are) in one transaction, then moves the counter. */
    void write(java.util.function.Consumer<Dataset> work);

    /** The named graphs holding imported data, with where they came from. */
    List<GraphRecord> graphs();

    @Override
    void close();
}
