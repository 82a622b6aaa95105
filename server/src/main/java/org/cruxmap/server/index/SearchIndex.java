package org.cruxmap.server.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.util.Symbol;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDataOutput;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.store.SingleInstanceLockFactory;
import org.cruxmap.server.app.StagedWrite;
import org.cruxmap.server.app.WriteListener;
import org.cruxmap.server.store.Store;
import org.cruxmap.server.store.StoreException;

/**
 * The full-text index of the knowledge base: one Lucene document per statement, argument, source
 * and person. It follows the store through the one write path ({@link WriteListener}): after each
 * committed write it re-reads the nodes the write touched, commits, and refreshes its searcher, so
 * the write is searchable when the import returns and a search never sees half of it. The index
 * records the store's change counter in its commit; on open, a missing, corrupt, stale or
 * older-schema index is rebuilt from the store. Before each search it also follows writes it was
 * not told about (another server's, on a shared remote store; see {@link #follow()}).
 */
public final class SearchIndex implements WriteListener, AutoCloseable {
    /** Where a store's dataset context keeps its index, for the cm:search property function. */
    public static final Symbol CONTEXT_KEY = Symbol.create("https://w3id.org/cruxmap/ns#searchIndex");
    /** Commit user data: the store's change counter the index reflects. */
    static final String COUNTER_KEY = "cruxmap.changeCounter";
    /** Commit user data: the document schema, bumped when documents change shape. */
    static final String SCHEMA_KEY = "cruxmap.schema";
    static final String SCHEMA = "5"; // 2: browsing sorts labels with accents dropped; 3: source titles stored for snippets; 4: stemmed fields fold accents; 5: "news" not stemmed

    static { SearchPropertyFunction.register(); }

    private final Store store;
    private final Path path;
    private final Directory directory;
    private final Analyzer analyzer = Fields.analyzer();
    private final FacetsConfig facets = Fields.facetsConfig();
    private final Object writeLock = new Object();
    /** Threads that count a search's matches while the searching thread collects its page. */
    private final ExecutorService helpers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
        Thread t = new Thread(r, "cruxmap-search-helper");
        t.setDaemon(true);
        return t;
    });
    private IndexWriter writer;
    private SearcherManager searchers;
    /** The completions, built at the first {@link #suggest} or {@link #prepareSuggestions()}, then kept in step with every write; null before. */
    private volatile Suggestions suggestions;
    private volatile long indexedCounter = -1;
    private volatile String openedBecause = "";

    private SearchIndex(Store store, Path path, Directory directory) {
        this.store = store;
        this.path = path;
        this.directory = directory;
    }

    /** An index on disk in {@code dir} (created when missing), brought up to date with the store. */
    public static SearchIndex onDisk(Store store, Path dir, IndexProgress progress) {
        try {
            Files.createDirectories(dir);
            return open(store, dir, FSDirectory.open(dir), progress);
        } catch (IOException e) {
            throw new StoreException("cannot open the search index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** An index in memory, built from the store now. */
    public static SearchIndex inMemory(Store store, IndexProgress progress) {
        return open(store, null, memoryDirectory(), progress);
    }

    /**
     * A directory in memory whose finished files are each read from one buffer: Lucene's default
     * reads them through a list of small buffers, which made in-memory searches a third slower.
     */
    public static Directory memoryDirectory() {
        return new ByteBuffersDirectory(new SingleInstanceLockFactory(), ByteBuffersDataOutput::new, ByteBuffersDirectory.OUTPUT_AS_ONE_BUFFER);
    }

    /** The index for a store: on disk in {@code <data>/index} for TDB2, in memory otherwise. */
    public static SearchIndex forStore(Store store, Path dataDir, IndexProgress progress) {
        return store.kind().equals("tdb2") && dataDir != null
                ? onDisk(store, dataDir.resolve("index"), progress) : inMemory(store, progress);
    }

    private static SearchIndex open(Store store, Path path, Directory dir, IndexProgress progress) {
        SearchIndex index = new SearchIndex(store, path, dir);
        try {
            index.start(progress);
        } catch (IOException e) {
            index.closeQuietly();
            throw new StoreException("cannot open the search index" + (path == null ? "" : " in " + path) + ": " + e.getMessage(), e);
        }
        store.read(ds -> { ds.getContext().set(CONTEXT_KEY, index); return null; });
        return index;
    }

    private void start(IndexProgress progress) throws IOException {
        StagedIndex.clearLeftovers(path);
        String reason = null;
        try {
            Map<String, String> data = SegmentInfos.readLatestCommit(directory).getUserData();
            long counter = Long.parseLong(data.getOrDefault(COUNTER_KEY, "-1"));
            if (!SCHEMA.equals(data.get(SCHEMA_KEY))) reason = "its schema is older";
            else if (counter != store.changeCounter()) reason = "it is stale (index at change " + counter + ", store at " + store.changeCounter() + ")";
            writer = newWriter(IndexWriterConfig.OpenMode.APPEND);
            searchers = new SearcherManager(writer, FacetedSearcher.factory());
            indexedCounter = counter;
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            reason = "there was none";
        } catch (LockObtainFailedException e) {
            throw new IOException("another cruxmap process is using it (" + e.getMessage() + ")", e);
        } catch (IOException | RuntimeException e) {
            reason = "it was unreadable (" + e.getClass().getSimpleName() + ")";
        }
        if (writer == null || searchers == null) {
            if (writer != null) writer.rollback();
            if (searchers != null) searchers.close();
            wipe();
            writer = newWriter(IndexWriterConfig.OpenMode.CREATE);
            searchers = new SearcherManager(writer, FacetedSearcher.factory());
        }
        if (reason != null) {
            openedBecause = "rebuilt because " + reason;
            reindex(progress);
        } else {
            openedBecause = "up to date";
        }
    }

    private IndexWriter newWriter(IndexWriterConfig.OpenMode mode) throws IOException {
        return new IndexWriter(directory, StagedIndex.config(analyzer).setOpenMode(mode));
    }

    /** Deletes every file of an on-disk index but the lock. */
    private void wipe() throws IOException {
        for (String f : directory.listAll()) {
            if (f.equals(IndexWriter.WRITE_LOCK_NAME)) continue;
            if (path != null && Files.isDirectory(path.resolve(f))) continue;
            directory.deleteFile(f);
        }
    }

    /** Why the last open did or did not rebuild: "up to date" or "rebuilt because ...". */
    public String openedBecause() { return openedBecause; }

    /** The store change counter the searchable index reflects. */
    public long indexedCounter() { return indexedCounter; }

    /** Where the index lives on disk, or empty in memory. */
    public Optional<Path> path() { return Optional.ofNullable(path); }

    /** Rebuilds the whole index from the store in one commit; returns the number of documents. */
    public long reindex(IndexProgress progress) {
        synchronized (writeLock) {
            long counter = store.changeCounter();
            return replaceAll(counter, sink -> store.read(ds -> {
                NodeReader reader = new NodeReader(ds);
                Set<String> iris = reader.allIris();
                long total = iris.size();
                long[] done = {0};
                return reader.readAll(iris, node -> {
                    sink.accept(node);
                    progress.indexed(++done[0], total);
                });
            }));
        }
    }

    /** Replaces every document with the nodes given, in one commit at this counter; returns how many. */
    private long replaceAll(long counter, Consumer<Consumer<IndexedNode>> nodes) {
        synchronized (writeLock) {
            try {
                writer.deleteAll();
                List<Suggestions.Entry> labels = new ArrayList<>();
                long[] n = {0};
                nodes.accept(node -> {
                    add(node);
                    if (!node.label().isBlank()) labels.add(new Suggestions.Entry(node.id(), node.label(), node.type()));
                    n[0]++;
                });
                publish(counter);
                if (suggestions != null) replaceSuggestions(Suggestions.build(labels.iterator()));
                return n[0];
            } catch (IOException | RuntimeException e) {
                recover();
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
        }
    }

    /**
     * A file about to become the store's only data graph: its documents, read from the model, are
     * written as a whole index beside the live one while the store commits, then replace the live
     * index in one commit (what a re-read of the store would give, without reading it back).
     */
    @Override
    public StagedWrite staged(Store changed, String graphIri, Model model, Executor executor) {
        if (changed != store) return () -> { };
        boolean withSuggestions = suggestions != null;
        CompletableFuture<StagedIndex> built = CompletableFuture.supplyAsync(
                () -> StagedIndex.write(ModelNodes.of(graphIri, model), analyzer, facets, path, withSuggestions), executor);
        return new StagedWrite() {
            @Override public void committed() {
                StagedIndex staged = built.exceptionally(e -> null).join();
                try {
                    if (staged != null) adopt(store.changeCounter(), staged);
                } catch (RuntimeException adoptionFailed) {
                    staged = null; // the store has committed: read it back rather than fail the import
                }
                if (staged == null) reindex(IndexProgress.NONE);
            }
            @Override public void abandoned() { built.whenComplete((s, e) -> { if (s != null) s.close(); }); }
        };
    }

    /** Makes a staged index the whole live index, with its suggestions, in one commit at this counter. */
    private void adopt(long counter, StagedIndex staged) {
        synchronized (writeLock) {
            try (staged) {
                writer.deleteAll();
                writer.addIndexes(staged.directory());
                publish(counter);
                Suggestions fresh = staged.takeSuggestions();
                if (fresh != null) replaceSuggestions(fresh);
                else if (suggestions != null) rebuildSuggestions(); // asked for while the import ran

            } catch (IOException | RuntimeException e) {
                recover();
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
        }
    }

    @Override
    public void committed(Store changed, Set<String> graphIris) {
        if (changed != store) return;
        if (graphIris.isEmpty()) {
            reindex(IndexProgress.NONE);
            return;
        }
        synchronized (writeLock) {
            if (store.changeCounter() == indexedCounter + 1) {
                update(graphIris);
                return;
            }
            // Other writes landed with this one (another server's, taken in by a shared remote store's
            // refresh around it): re-read their graphs too, or everything when the store cannot say which.
            Optional<Set<String>> others = store.changedSince(indexedCounter);
            if (others.isEmpty()) {
                reindex(IndexProgress.NONE);
                return;
            }
            Set<String> all = new java.util.LinkedHashSet<>(graphIris);
            all.addAll(others.get());
            update(all);
        }
    }

    /**
     * Catches up with writes the index was not told about: those another server made to a shared
     * remote store, which this one learns of when it syncs. Re-reads the graphs the store says
     * changed since the indexed counter, or everything when it cannot say.
     */
    public void follow() {
        store.sync();
        if (store.changeCounter() == indexedCounter) return;
        synchronized (writeLock) {
            long from = indexedCounter;
            if (store.changeCounter() == from) return;
            Optional<Set<String>> changed = store.changedSince(from);
            if (changed.isEmpty()) reindex(IndexProgress.NONE);
            else update(changed.get());
        }
    }

    /** Re-reads the nodes in (or formerly in) these graphs, then commits with the store's counter. */
    private void update(Set<String> graphIris) {
        synchronized (writeLock) {
            long counter = store.changeCounter();
            try {
                if (graphIris.isEmpty()) {
                    publish(counter);
                    return;
                }
                Set<String> before = irisInGraphs(graphIris);
                List<IndexedNode> present = new ArrayList<>();
                Set<String> touched = store.read(ds -> {
                    NodeReader reader = new NodeReader(ds);
                    Set<String> t = reader.touchedBy(graphIris, before);
                    for (String iri : t) reader.read(iri).ifPresent(present::add);
                    return t;
                });
                for (String iri : touched) writer.deleteDocuments(new Term(Fields.IRI, iri));
                for (IndexedNode n : present) add(n);
                publish(counter);
                if (suggestions != null) {
                    List<Suggestions.Entry> entries = present.stream().map(n -> new Suggestions.Entry(n.id(), n.label(), n.type())).toList();
                    if (!suggestions.add(entries)) rebuildSuggestions();
                }
            } catch (IOException | RuntimeException e) {
                recover();
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
        }
    }

    private void add(IndexedNode node) {
        try {
            writer.addDocument(Documents.of(node, facets));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Commits with the counter and makes the commit searchable, all at once. */
    private void publish(long counter) throws IOException {
        writer.setLiveCommitData(Map.of(COUNTER_KEY, Long.toString(counter), SCHEMA_KEY, SCHEMA).entrySet());
        writer.commit();
        searchers.maybeRefreshBlocking();
        indexedCounter = counter;
    }

    /** After a failed update: drop uncommitted changes and reopen at the last commit, which the next open will find stale. */
    private void recover() {
        try {
            searchers.close();
            writer.rollback();
            writer = newWriter(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
            searchers = new SearcherManager(writer, FacetedSearcher.factory());
        } catch (IOException e) {
            throw new UncheckedIOException("the search index could not recover: " + e.getMessage(), e);
        }
    }

    private Set<String> irisInGraphs(Set<String> graphs) {
        return withSearcher(s -> StoredEntries.irisInGraphs(s, graphs));
    }

    private void rebuildSuggestions() throws IOException {
        replaceSuggestions(withSearcher(s -> Suggestions.build(StoredEntries.labelled(s).iterator())));
    }

    /**
     * Swaps in new completions. The old ones are not closed: a lookup that took them a moment ago may
     * still be reading them, and they live on the heap only (a {@code ByteBuffersDirectory}), so the
     * collector frees them once the last reader is done. {@link #close()} closes the current ones.
     */
    private void replaceSuggestions(Suggestions fresh) {
        suggestions = fresh;
    }

    /** Runs a search. Never throws for the query text: what does not parse is searched as plain words. */
    public SearchResult search(SearchQuery query) {
        follow();
        return withSearcher(s -> new Searching(s, analyzer, facets, helpers).run(query));
    }

    /** The node IRIs matching a query, best first, with their scores (for the cm:search property function). */
    public List<Searching.Match> matches(String q, int limit) {
        follow();
        return withSearcher(s -> new Searching(s, analyzer, facets, helpers).matches(q, limit));
    }

    /**
     * Builds the completions now, so that the first {@link #suggest} does not wait for them; from then
     * on every write keeps them in step. A process that never suggests (an import on the command line)
     * never builds them: they live in memory only.
     */
    public void prepareSuggestions() {
        if (suggestions != null) return;
        synchronized (writeLock) {
            if (suggestions != null) return;
            try {
                rebuildSuggestions();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** True once the completions are built (they are kept in memory only). */
    boolean suggestionsBuilt() { return suggestions != null; }

    /** Up to n completions for what the user has typed so far. */
    public List<Suggestion> suggest(String prefix, int n) {
        follow();
        prepareSuggestions();
        Suggestions current = suggestions;
        List<Suggestion> found = withSearcher(s -> current.lookup(prefix, n, StoredEntries.stillLabelled(s)));
        if (!found.isEmpty() || prefix == null || prefix.strip().length() < MIN_MISSPELT || withSearcher(s -> begunWord(s, prefix))) return found;
        // No label holds what was typed: most likely a typo ("cohernce"). The nodes a search finds
        // within a typo or two, as the search box would answer on Enter, complete it instead.
        SearchResult close = search(SearchQuery.of(prefix).withLimit(n));
        if (!close.approximate()) return found;
        return close.hits().stream().filter(h -> h.label() != null && !h.label().isBlank())
                .map(h -> new Suggestion(h.id(), h.label(), h.type())).toList();
    }

    /**
     * True when the last word typed begins some word of a label or text (a word still being typed,
     * "epist" of "epistemic"): not a typo, so no close spellings of it ("exist") are offered.
     */
    private static boolean begunWord(IndexSearcher s, String typed) throws IOException {
        String[] words = Documents.sortKey(typed).split("[^\\p{L}\\p{N}]+");
        if (words.length == 0) return false;
        org.apache.lucene.util.BytesRef last = new org.apache.lucene.util.BytesRef(words[words.length - 1]);
        for (String field : new String[] {Fields.LABEL + Fields.EXACT, Fields.TEXT + Fields.EXACT}) {
            org.apache.lucene.index.Terms terms = org.apache.lucene.index.MultiTerms.getTerms(s.getIndexReader(), field);
            if (terms == null) continue;
            org.apache.lucene.index.TermsEnum e = terms.iterator();
            if (e.seekCeil(last) != org.apache.lucene.index.TermsEnum.SeekStatus.END && org.apache.lucene.util.StringHelper.startsWith(e.term(), last)) return true;
        }
        return false;
    }

    /** Typed text shorter than this completes nothing when no label holds it (a search for close spellings of two letters finds noise). */
    private static final int MIN_MISSPELT = 4;

    /** True when the searchable view holds a node of this short id. */
    public boolean contains(String id) {
        return withSearcher(s -> s.count(new TermQuery(new Term(Fields.ID, id))) > 0);
    }

    /** Documents in the searchable view. */
    public int size() {
        return withSearcher(s -> s.getIndexReader().numDocs());
    }

    /** Work on the current searchable view (package-private for tests that compare queries on it). */
    <T> T withSearcher(SearcherUse.Work<T> work) { return SearcherUse.with(searchers, work); }

    @Override
    public void close() {
        synchronized (writeLock) {
            store.read(ds -> {
                if (ds.getContext().get(CONTEXT_KEY) == this) ds.getContext().remove(CONTEXT_KEY);
                return null;
            });
            closeQuietly();
        }
    }

    private void closeQuietly() {
        helpers.shutdown();
        try { if (searchers != null) searchers.close(); } catch (IOException | RuntimeException ignored) { }
        try { if (writer != null) writer.close(); } catch (IOException | RuntimeException ignored) { }
        try { if (suggestions != null) suggestions.close(); } catch (IOException | RuntimeException ignored) { }
        try { directory.close(); } catch (IOException | RuntimeException ignored) { }
    }
}
