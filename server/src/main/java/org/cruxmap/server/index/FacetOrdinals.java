package org.cruxmap.server.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiDocValues;
import org.apache.lucene.index.OrdinalMap;
import org.apache.lucene.index.SortedSetDocValues;
import java.util.concurrent.Executor;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.util.LongValues;

/**
 * The facet ordinals of one point-in-time view, ready for counting: each segment's decoded
 * ordinals ({@link SegmentOrdinals}) turned into the view's global ordinals (the ones Lucene's
 * {@link SortedSetDocValuesReaderState} uses), and the dimension ranges and values of those. Counting a query's matches is then one pass
 * that adds one to an array slot per ordinal of each match ({@link #counter()}), with no doc-values
 * decoding and no bitset of the matches in between.
 */
final class FacetOrdinals {
    /** A query's tally: how many documents matched, and how many matches carry each global ordinal. */
    record Tally(long total, int[] counts) {}

    /** By segment: for each document, where its ordinals begin in {@link #ords}. */
    private final int[][] starts;
    /** At most this many chunks per segment for one count. */
    static final int CHUNKS = 4;
    /** Segments are cut into chunks of at least this many documents. */
    static final int CHUNK_DOCS = 8192;
    /** By segment: the global ordinals of every document, document after document. */
    private final int[][] ords;
    /** By global ordinal: the facet value (the dimension left out). */
    private final String[] values;
    /** By dimension: its first and last global ordinal. */
    private final Map<String, int[]> ranges;

    private FacetOrdinals(int[][] starts, int[][] ords, String[] values, Map<String, int[]> ranges) {
        this.starts = starts;
        this.ords = ords;
        this.values = values;
        this.ranges = ranges;
    }

    /** The ordinals of a view whose facet state is given; segments already decoded come from the cache. */
    static FacetOrdinals of(IndexReader reader, SortedSetDocValuesReaderState state, Collection<String> dims,
                            SegmentOrdinalsCache cache) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        SortedSetDocValues global = state.getDocValues();
        OrdinalMap map = global instanceof MultiDocValues.MultiSortedSetDocValues multi ? multi.mapping : null;
        int[][] starts = new int[leaves.size()][];
        int[][] ords = new int[leaves.size()][];
        for (LeafReaderContext leaf : leaves) {
            SegmentOrdinals s = cache.get(leaf.reader(), state.getField());
            starts[leaf.ord] = s.starts();
            ords[leaf.ord] = globalOrds(s.ords(), map == null ? null : map.getGlobalOrds(leaf.ord));
        }
        String[] values = new String[state.getSize()];
        for (int o = 0; o < values.length; o++) {
            String[] path = FacetsConfig.stringToPath(global.lookupOrd(o).utf8ToString());
            values[o] = path.length > 1 ? path[path.length - 1] : "";
        }
        Map<String, int[]> ranges = new HashMap<>();
        for (String dim : dims) {
            SortedSetDocValuesReaderState.OrdRange r;
            try {
                r = state.getOrdRange(dim);
            } catch (IllegalArgumentException notIndexedYet) {
                r = null;
            }
            if (r != null) ranges.put(dim, new int[] {r.start, r.end});
        }
        return new FacetOrdinals(starts, ords, values, ranges);
    }

    /** A segment's ordinals as global ones: the segment's own array when they coincide, else a mapped copy. */
    private static int[] globalOrds(int[] segmentOrds, LongValues toGlobal) {
        if (toGlobal == null) return segmentOrds;
        int[] out = new int[segmentOrds.length];
        boolean same = true;
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.toIntExact(toGlobal.get(segmentOrds[i]));
            same &= out[i] == segmentOrds[i];
        }
        return same ? segmentOrds : out;
    }

    /**
     * Starts counting a query's matches in chunks of documents (up to {@link #CHUNKS} per large
     * segment), offered to the helpers; {@link Counting#join()} runs any chunk no helper has taken, so
     * the searching thread shares the work once its own is done instead of waiting for one helper.
     */
    Counting count(IndexSearcher searcher, Query query, Executor helpers) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        List<SideTask<Counter>> chunks = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int maxDoc = leaf.reader().maxDoc();
            int n = Math.max(1, Math.min(CHUNKS, maxDoc / CHUNK_DOCS));
            for (int i = 0; i < n; i++) {
                int from = (int) ((long) maxDoc * i / n);
                int to = (int) ((long) maxDoc * (i + 1) / n);
                chunks.add(SideTask.start(helpers, () -> {
                    Counter c = new Counter(new int[values.length]);
                    BulkScorer scorer = weight.bulkScorer(leaf);
                    if (scorer != null) scorer.score(c.getLeafCollector(leaf), leaf.reader().getLiveDocs(), from, to);
                    return c;
                }));
            }
        }
        return new Counting(chunks);
    }

    /** A count under way: its chunks, joined in order. */
    final class Counting {
        private final List<SideTask<Counter>> chunks;

        private Counting(List<SideTask<Counter>> chunks) { this.chunks = chunks; }

        /** The tally of all chunks, running here those no helper has started. */
        Tally join() throws IOException {
            List<Counter> done = new ArrayList<>();
            try {
                for (SideTask<Counter> c : chunks) done.add(c.join());
            } catch (IOException | RuntimeException | Error e) {
                settle();
                throw e;
            }
            return sum(done);
        }

        /** Waits for every chunk to end, ignoring results (for a search that is failing anyway). */
        void settle() {
            for (SideTask<Counter> c : chunks) c.settle();
        }
    }

    /** Collects a tally of a query's matches, without scores. */
    CollectorManager<Counter, Tally> counter() {
        int size = values.length;
        return new CollectorManager<>() {
            @Override
            public Counter newCollector() { return new Counter(new int[size]); }

            @Override
            public Tally reduce(Collection<Counter> collectors) {
                return sum(collectors);
            }
        };
    }

    private Tally sum(Collection<Counter> collectors) {
        long total = 0;
        int[] sum = new int[values.length];
        for (Counter c : collectors) {
            total += c.total;
            for (int o = 0; o < sum.length; o++) sum[o] += c.counts[o];
        }
        return new Tally(total, sum);
    }

    /**
     * The {@code n} values of a dimension with the most matches (only values that match), most first,
     * ties in value order: the order Lucene's own facet counts list them in.
     */
    Map<String, Long> top(Tally tally, String dim, int n) {
        int[] range = ranges.get(dim);
        Map<String, Long> out = new LinkedHashMap<>();
        if (range == null) return out;
        List<Integer> hit = new ArrayList<>();
        int[] counts = tally.counts();
        for (int o = range[0]; o <= range[1]; o++) if (counts[o] > 0) hit.add(o);
        hit.sort((a, b) -> counts[a] != counts[b] ? Integer.compare(counts[b], counts[a]) : Integer.compare(a, b));
        for (int i = 0; i < Math.min(n, hit.size()); i++) out.put(values[hit.get(i)], (long) counts[hit.get(i)]);
        return out;
    }

    /** Counts the matches of one slice of the view into its own array. */
    final class Counter implements Collector {
        private final int[] counts;
        private long total;

        private Counter(int[] counts) { this.counts = counts; }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) {
            int[] from = starts[context.ord];
            int[] global = ords[context.ord];
            int[] c = counts;
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) {}

                @Override
                public void collect(int doc) {
                    total++;
                    for (int i = from[doc], end = from[doc + 1]; i < end; i++) c[global[i]]++;
                }
            };
        }

        @Override
        public ScoreMode scoreMode() { return ScoreMode.COMPLETE_NO_SCORES; }
    }
}
