package org.cruxmap.server.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.cruxmap.ingest.Diagnostic;
import org.cruxmap.ingest.Format;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.ingest.ReadContext;
import org.cruxmap.ingest.ReadResult;
import org.cruxmap.ontology.CM;
import org.cruxmap.server.store.GraphRecord;
import org.cruxmap.server.store.Store;

/**
 * The pipeline in one place, and the one write path: ingest reads and checks a file, the store
 * commits it as one named graph, then every listener (the index) is told. Nothing of a file with
 * errors reaches the store.
 */
public final class KnowledgeBase implements AutoCloseable {
    private final Store store;
    private final Ingest ingest;
    private final List<WriteListener> listeners = new CopyOnWriteArrayList<>();

    public KnowledgeBase(Store store, Ingest ingest) {
        this.store = store;
        this.ingest = ingest;
    }

    public Store store() { return store; }

    /** Adds a listener told after every committed write. */
    public void onWrite(WriteListener listener) { listeners.add(listener); }

    /** Reads and checks a file without writing anything. */
    public ImportOutcome validate(ImportRequest request) {
        return readOnly(request, new StoreSourceTexts(store)).outcome;
    }

    /** Imports files in order (source texts, then RDF, then argument maps, so maps can quote texts any file carries), each in its own transaction. */
    public List<ImportOutcome> importAll(List<ImportRequest> requests, boolean dryRun) {
        return importAll(requests, dryRun, o -> { });
    }

    /** As {@link #importAll(List, boolean)}, telling progress after each file. */
    public List<ImportOutcome> importAll(List<ImportRequest> requests, boolean dryRun,
                                         java.util.function.Consumer<ImportOutcome> progress) {
        List<ImportRequest> ordered = new ArrayList<>(requests);
        ordered.sort(java.util.Comparator.comparingInt(r -> format(r).map(f -> f == Format.TEXT ? 0 : f.isRdf() ? 1 : 2).orElse(2)));
        StoreSourceTexts texts = new StoreSourceTexts(store);
        List<ImportOutcome> out = new ArrayList<>();
        for (ImportRequest request : ordered) {
            Read read = readOnly(request, texts);
            if (read.result == null || read.result.hasErrors()) {
                out.add(read.outcome);
                progress.accept(read.outcome);
                continue;
            }
            texts.remember(read.result.model());
            if (dryRun) {
                out.add(read.outcome);
                progress.accept(read.outcome);
                continue;
            }
            GraphRecord record = new GraphRecord(read.outcome.graphIri(), request.fileName(), java.time.Instant.now());
            store.replaceGraph(record, read.result.model());
            notifyListeners(Set.of(record.graphIri()));
            ImportOutcome done = new ImportOutcome(request.fileName(), record.graphIri(), read.result.model().size(), true,
                    read.result.diagnostics());
            out.add(done);
            progress.accept(done);
        }
        return out;
    }

    /** Imports one file. */
    public ImportOutcome importFile(ImportRequest request) { return importAll(List.of(request), false).get(0); }

    /** Removes a graph, then tells the listeners; a graph that was not there changes nothing. */
    public boolean removeGraph(String graphIri) {
        boolean existed = store.removeGraph(graphIri);
        if (existed) notifyListeners(Set.of(graphIri));
        return existed;
    }

    /** Runs a raw write (SPARQL Update, Graph Store Protocol) through the same path. */
    public void write(java.util.function.Consumer<org.apache.jena.query.Dataset> work) {
        store.write(work);
        notifyListeners(Set.of());
    }

    private void notifyListeners(Set<String> graphs) {
        for (WriteListener l : listeners) l.committed(store, graphs);
    }

    private record Read(ReadResult result, ImportOutcome outcome) {}

    private Read readOnly(ImportRequest request, StoreSourceTexts texts) {
        String graph = request.graphIri().orElse(GraphRecord.graphFor(request.fileName()));
        Optional<Format> format = format(request);
        if (format.isEmpty()) {
            return new Read(null, new ImportOutcome(request.fileName(), graph, 0, false, List.of(Diagnostic.error(
                    "format", request.fileName(), 0, 0,
                    "cannot tell the format from the file name; give --format (ttl, trig, nt, nq, jsonld, rdfxml, argdown, aif, text)"))));
        }
        ReadResult result = ingest.read(request.bytes(), format.get(),
                new ReadContext(request.fileName(), CM.ID_BASE, texts));
        return new Read(result, new ImportOutcome(request.fileName(), graph, result.model().size(), false, result.diagnostics()));
    }

    private static Optional<Format> format(ImportRequest r) {
        return r.format().isPresent() ? r.format() : Format.guess(r.fileName());
    }

    @Override
    public void close() { store.close(); }
}
