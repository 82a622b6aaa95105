package org.cruxmap.server.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/** One piece of work on a searcher borrowed from a searcher manager, always handed back. */
final class SearcherUse {
    /** Work on one searcher of the searchable view. */
    interface Work<T> {
        T apply(IndexSearcher s) throws IOException;
    }

    private SearcherUse() {}

    /** Runs the work on an acquired searcher and releases it; I/O failures come out unchecked. */
    static <T> T with(SearcherManager searchers, Work<T> work) {
        IndexSearcher s;
        try {
            s = searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return work.apply(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                searchers.release(s);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
