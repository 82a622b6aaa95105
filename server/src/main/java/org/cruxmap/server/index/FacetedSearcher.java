package org.cruxmap.server.index;

import java.io.IOException;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.similarities.BM25Similarity;

/** A searcher over one point-in-time view of the index, with its facet ordinals computed once per refresh. */
final class FacetedSearcher extends IndexSearcher {
    /** The facet state of this view (for drill-sideways); null while the index holds no document with facets. */
    final SortedSetDocValuesReaderState facetState;
    /** The same ordinals decoded for counting in one pass; null exactly when {@link #facetState} is. */
    final FacetOrdinals ordinals;

    private FacetedSearcher(IndexReader reader, SortedSetDocValuesReaderState state, FacetOrdinals ordinals) {
        super(reader);
        this.facetState = state;
        this.ordinals = ordinals;
        setSimilarity(new BM25Similarity());
        // No query cache: a search repeated (as a benchmark repeats its queries) must not be answered from a cached match set.
        setQueryCache(null);
    }

    /** The factory the searcher manager calls on every refresh; it keeps decoded segments from one refresh to the next. */
    static SearcherFactory factory() {
        SegmentOrdinalsCache cache = new SegmentOrdinalsCache();
        return new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) throws IOException {
                SortedSetDocValuesReaderState state = null;
                if (reader.numDocs() > 0) {
                    try {
                        state = new DefaultSortedSetDocValuesReaderState(reader, Fields.facetsConfig());
                    } catch (IllegalArgumentException noFacetsYet) {
                        state = null;
                    }
                }
                FacetOrdinals ordinals = state == null ? null : FacetOrdinals.of(reader, state, Fields.FACETS, cache);
                return new FacetedSearcher(reader, state, ordinals);
            }
        };
    }
}
