package org.cruxmap.server.cli;

import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.index.IndexProgress;
import org.cruxmap.server.index.SearchIndex;
import org.cruxmap.server.store.Store;

/** Opens the search index of the store the options name, with a progress bar when it must be rebuilt. */
final class Indexes {
    private Indexes() {}

    /** The store's index (on disk in {@code <data>/index} for TDB2), rebuilt first when missing, stale or corrupt. */
    static SearchIndex open(Store store, StoreOptions options) {
        try (ProgressBar bar = new ProgressBar("indexing")) {
            return SearchIndex.forStore(store, options.dataDir(), bar);
        }
    }

    /** Opens the index and makes it follow every write of the knowledge base. */
    static SearchIndex follow(KnowledgeBase kb, StoreOptions options) {
        SearchIndex index = open(kb.store(), options);
        kb.onWrite(index);
        return index;
    }

    /** Index progress shown as the CLI's progress line, started once the total is known. */
    static final class ProgressBar implements IndexProgress, AutoCloseable {
        private final String label;
        private Progress progress;

        ProgressBar(String label) { this.label = label; }

        @Override
        public void indexed(long done, long total) {
            if (progress == null) progress = Progress.start(label, total);
            progress.step();
        }

        @Override
        public void close() {
            if (progress != null) progress.close();
        }
    }
}
