package org.cruxmap.server.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.jena.rdf.model.Model;
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
 * errors reaches the store or the listeners. Writes are serialised: one at a time, each with its
 * listeners' updates.
 */
public final class KnowledgeBase implements AutoCloseable {
    private final Store store;
    private final Ingest ingest;
    private final List<WriteListener> listeners = new CopyOnWriteArrayList<>();
    /** Held by every write from staging to the listeners' update, so writes and index updates never interleave. */
    private final Object writes = new Object();
    /** Threads for the work an import runs beside the store's transaction (the SHACL check, the index's documents). */
    private final ExecutorService workers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "cruxmap-import");
        t.setDaemon(true);
        return t;
    });

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
            ImportOutcome done = dryRun ? check(request, texts) : importOne(request, texts);
            out.add(done);
            progress.accept(done);
        }
        return out;
    }

    /** Reads and checks one file, remembering its source texts for the files after it. */
    private ImportOutcome check(ImportRequest request, StoreSourceTexts texts) {
        Read read = readOnly(request, texts);
        if (read.result != null && !read.result.hasErrors()) texts.remember(read.result.model());
        return read.outcome;
    }

    /**
     * Imports one file in one transaction. Once it parsed, three things run at once: the SHACL check
     * (on another thread), the store staging the quads inside its open write transaction, and the
     * listeners deriving their state from the model when it will be the store's only data graph. The
     * transaction commits only when the check found no error; otherwise it aborts and every listener
     * drops what it prepared, so nothing of the file lands anywhere.
     */
    private ImportOutcome importOne(ImportRequest request, StoreSourceTexts texts) {
        String graph = request.targetGraph();
        Optional<Format> format = format(request);
        if (format.isEmpty()) return unknownFormat(request, graph);
        ReadResult parsed = ingest.parse(request.bytes(), format.get(), new ReadContext(request.fileName(), CM.ID_BASE, texts));
        if (parsed.hasErrors()) return outcome(request, graph, parsed, false);
        Model model = parsed.model();
        synchronized (writes) {
            Future<ReadResult> checking = workers.submit(() -> ingest.check(parsed, request.fileName()));
            GraphRecord record = new GraphRecord(graph, request.fileName(), java.time.Instant.now());
            boolean alone = store.soleWriter() && onlyDataGraph(graph);
            List<StagedWrite> staged = new ArrayList<>();
            for (WriteListener l : listeners) {
                staged.add(alone ? l.staged(store, graph, model, workers) : () -> l.committed(store, Set.of(graph)));
            }
            ReadResult[] checked = {null};
            boolean committed;
            try {
                committed = store.replaceGraphIf(record, model, () -> {
                    checked[0] = await(checking);
                    return !checked[0].hasErrors();
                });
            } catch (RuntimeException | Error e) {
                checking.cancel(true);
                staged.forEach(StagedWrite::abandoned);
                throw e;
            }
            if (!committed) {
                staged.forEach(StagedWrite::abandoned);
                return outcome(request, graph, checked[0], false);
            }
            texts.remember(model);
            staged.forEach(StagedWrite::committed);
            return outcome(request, graph, checked[0], true);
        }
    }

    /** True when, besides the system graph, the store holds no named graph but this one (or none). */
    private boolean onlyDataGraph(String graph) {
        return store.read(ds -> {
            var names = ds.listNames();
            while (names.hasNext()) {
                String n = names.next();
                if (!n.equals(graph) && !n.equals(CM.SYSTEM_GRAPH)) return false;
            }
            return true;
        });
    }

    private static ReadResult await(Future<ReadResult> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while checking the file", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error r) throw r;
            throw new IllegalStateException(e.getCause());
        }
    }

    private static ImportOutcome outcome(ImportRequest request, String graph, ReadResult result, boolean imported) {
        return new ImportOutcome(request.fileName(), graph, result.model().size(), imported, result.diagnostics());
    }

    private static ImportOutcome unknownFormat(ImportRequest request, String graph) {
        return new ImportOutcome(request.fileName(), graph, 0, false, List.of(Diagnostic.error(
                "format", request.fileName(), 0, 0,
                "cannot tell the format from the file name; name it (--format on the command line, format= over HTTP): one of "
                        + org.cruxmap.ingest.Format.names())));
    }

    /** Imports one file. */
    public ImportOutcome importFile(ImportRequest request) { return importAll(List.of(request), false).get(0); }

    /** Removes a graph, then tells the listeners; a graph that was not there changes nothing. */
    public boolean removeGraph(String graphIri) {
        synchronized (writes) {
            boolean existed = store.removeGraph(graphIri);
            if (existed) notifyListeners(Set.of(graphIri));
            return existed;
        }
    }

    /** Runs a raw write (SPARQL Update) through the same path; the listeners assume it changed any graph. */
    public void write(java.util.function.Consumer<org.apache.jena.query.Dataset> work) { write(work, Set.of()); }

    /** Runs a raw write that changes only these graphs (a Graph Store write), so the listeners re-read those alone; empty: any. */
    public void write(java.util.function.Consumer<org.apache.jena.query.Dataset> work, Set<String> graphs) {
        synchronized (writes) {
            store.write(work);
            notifyListeners(graphs);
        }
    }

    private void notifyListeners(Set<String> graphs) {
        for (WriteListener l : listeners) l.committed(store, graphs);
    }

    private record Read(ReadResult result, ImportOutcome outcome) {}

    private Read readOnly(ImportRequest request, StoreSourceTexts texts) {
        String graph = request.targetGraph();
        Optional<Format> format = format(request);
        if (format.isEmpty()) return new Read(null, unknownFormat(request, graph));
        ReadResult result = ingest.read(request.bytes(), format.get(),
                new ReadContext(request.fileName(), CM.ID_BASE, texts));
        return new Read(result, outcome(request, graph, result, false));
    }

    private static Optional<Format> format(ImportRequest r) {
        return r.format().isPresent() ? r.format() : Format.guess(r.fileName());
    }

    @Override
    public void close() {
        workers.shutdownNow();
        store.close();
    }
}
