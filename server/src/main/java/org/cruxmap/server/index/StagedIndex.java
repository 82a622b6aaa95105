package org.cruxmap.server.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * A whole index written beside the live one while the store commits an import, with its
 * suggestions: adopted in one step when the store committed, deleted when it did not. The live
 * index never holds a half-written import, so no searcher can see one.
 */
final class StagedIndex implements AutoCloseable {
    /** The folder, inside an on-disk index, where staged indexes are written (removed on open). */
    static final String FOLDER = "staging";

    private final Directory directory;
    private final Path path;
    private Suggestions suggestions;
    private final long documents;

    private StagedIndex(Directory directory, Path path, Suggestions suggestions, long documents) {
        this.directory = directory;
        this.path = path;
        this.suggestions = suggestions;
        this.documents = documents;
    }

    /**
     * Writes these nodes as a committed index under {@code parent/staging} (in memory when parent is
     * null), with suggestions over their labels when asked (when the live index has them).
     */
    static StagedIndex write(List<IndexedNode> nodes, Analyzer analyzer, FacetsConfig facets, Path parent, boolean withSuggestions) {
        Path where = null;
        Directory dir = null;
        try {
            if (parent == null) {
                dir = SearchIndex.memoryDirectory();
            } else {
                Files.createDirectories(parent.resolve(FOLDER));
                where = Files.createTempDirectory(parent.resolve(FOLDER), "import-");
                dir = FSDirectory.open(where);
            }
            List<Suggestions.Entry> labels = new ArrayList<>();
            try (IndexWriter writer = new IndexWriter(dir, config(analyzer))) {
                for (IndexedNode node : nodes) {
                    writer.addDocument(Documents.of(node, facets));
                    if (withSuggestions && !node.label().isBlank()) labels.add(new Suggestions.Entry(node.id(), node.label(), node.type()));
                }
                writer.commit();
            }
            return new StagedIndex(dir, where, withSuggestions ? Suggestions.build(labels.iterator()) : null, nodes.size());
        } catch (IOException | RuntimeException e) {
            new StagedIndex(dir, where, null, 0).close();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    /** The settings of the live index's writer, so the staged segments are the ones it would have written. */
    static IndexWriterConfig config(Analyzer analyzer) {
        IndexWriterConfig c = new IndexWriterConfig(analyzer);
        c.setSimilarity(new BM25Similarity());
        c.setRAMBufferSizeMB(64);
        c.setCommitOnClose(false);
        return c;
    }

    Directory directory() { return directory; }

    /** The suggestions over the staged labels (null when none were asked for), handed to the adopter, who closes them from then on. */
    Suggestions takeSuggestions() {
        Suggestions taken = suggestions;
        suggestions = null;
        return taken;
    }

    long documents() { return documents; }

    /** Deletes the staged index (the adopter has copied its segments, or the import was abandoned). */
    @Override
    public void close() {
        try {
            if (suggestions != null) suggestions.close();
        } catch (IOException | RuntimeException ignored) {
            // in memory: nothing left behind
        }
        try {
            if (directory != null) directory.close();
        } catch (IOException ignored) {
            // best effort: the folder goes below, or on the next open
        }
        if (path != null) deleteTree(path); // the staging folder itself stays for the next import, and goes on open
    }

    /** Removes what an interrupted import left in {@code index/staging}. */
    static void clearLeftovers(Path indexDir) {
        if (indexDir != null) deleteTree(indexDir.resolve(FOLDER));
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) return;
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // left for the next open
        }
    }
}
