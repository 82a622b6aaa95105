package org.cruxmap.server.index;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** The one-pass facet counting against Lucene's own FacetsCollector and SortedSetDocValuesFacetCounts. */
class FacetOrdinalsTest {
    private static final String[] WORDS = {"coherence", "agency", "variance", "bias", "scale", "money", "pump", "goal", "horizon", "theorem"};
    private static final String[] TAGS = {"alignment", "coherence", "forecast", "scaling", "agency", "risk", "theory"};
    private static final String[] PEOPLE = {"nate-soares", "jascha-sohl-dickstein", "eliezer-yudkowsky", "dario-amodei", "paul-christiano"};
    private static final String[] TYPES = {"claim", "crux", "evidence", "argument", "source"};
    private static final String[] STATUSES = {"verified", "secondary", "unverified", ""};

    private static final ExecutorService HELPERS = Executors.newFixedThreadPool(2);

    private final FacetsConfig config = Fields.facetsConfig();

    @AfterAll
    static void stopHelpers() { HELPERS.shutdownNow(); }

    @Test
    void facetCountsAndTotalsEqualLucenesOwnOnRandomQueriesAcrossWritesAndDeletes() throws IOException {
        Random r = new Random(20261127);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Fields.analyzer()).setMergePolicy(NoMergePolicy.INSTANCE));
             SearcherManager searchers = new SearcherManager(writer, FacetedSearcher.factory())) {
            int next = 0;
            int checked = 0;
            for (int batch = 0; batch < 6; batch++) {
                for (int i = 0; i < 150 + r.nextInt(100); i++) writer.addDocument(Documents.of(node(r, next++), config));
                if (batch > 0) {
                    // delete some earlier documents, in old segments and in this one
                    for (int d = 0; d < 40; d++) writer.deleteDocuments(new Term(Fields.ID, "statement/s" + r.nextInt(next)));
                }
                writer.commit();
                searchers.maybeRefreshBlocking();
                FacetedSearcher s = (FacetedSearcher) searchers.acquire();
                try {
                    if (batch > 0) assertTrue(s.getIndexReader().leaves().size() > 1, "the fixture spans several segments");
                    for (int q = 0; q < 40; q++) {
                        assertSameCounts(s, randomQuery(r));
                        checked++;
                    }
                    assertSameCounts(s, new MatchAllDocsQuery());
                } finally {
                    searchers.release(s);
                }
            }
            assertEquals(6 * 40, checked);
        }
    }

    @Test
    void aViewWithOneLargeSegmentCountedInChunksCountsLikeLuceneToo() throws IOException {
        Random r = new Random(7);
        try (ByteBuffersDirectory dir = new ByteBuffersDirectory();
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(Fields.analyzer()));
             SearcherManager searchers = new SearcherManager(writer, FacetedSearcher.factory())) {
            for (int i = 0; i < 3 * FacetOrdinals.CHUNK_DOCS + 100; i++) writer.addDocument(Documents.of(node(r, i), config));
            writer.forceMerge(1);
            writer.commit();
            searchers.maybeRefreshBlocking();
            FacetedSearcher s = (FacetedSearcher) searchers.acquire();
            try {
                assertEquals(1, s.getIndexReader().leaves().size());
                for (int q = 0; q < 30; q++) assertSameCounts(s, randomQuery(r));
            } finally {
                searchers.release(s);
            }
        }
    }

    private void assertSameCounts(FacetedSearcher s, Query q) throws IOException {
        FacetsCollector fc = s.search(q, new FacetsCollectorManager());
        long luceneTotal = 0;
        for (FacetsCollector.MatchingDocs m : fc.getMatchingDocs()) luceneTotal += m.totalHits;
        SortedSetDocValuesFacetCounts lucene = new SortedSetDocValuesFacetCounts(s.facetState, fc);
        FacetOrdinals.Tally tally = s.search(q, s.ordinals.counter());
        assertEquals(luceneTotal, tally.total(), "total of " + q);
        assertEquals(s.count(q), tally.total(), "total of " + q + " against IndexSearcher.count");
        FacetOrdinals.Tally chunked = s.ordinals.count(s, q, HELPERS).join();
        assertEquals(tally.total(), chunked.total(), "total of " + q + " counted in chunks");
        assertArrayEquals(tally.counts(), chunked.counts(), "counts of " + q + " counted in chunks");
        for (String dim : Fields.FACETS) {
            for (int n : new int[] {2, Searching.FACET_VALUES}) {
                assertEquals(luceneTop(lucene, dim, n), s.ordinals.top(tally, dim, n), dim + " top " + n + " of " + q);
            }
        }
    }

    private static Map<String, Long> luceneTop(SortedSetDocValuesFacetCounts counts, String dim, int n) throws IOException {
        Map<String, Long> out = new LinkedHashMap<>();
        FacetResult r;
        try {
            r = counts.getTopChildren(n, dim);
        } catch (IllegalArgumentException notIndexed) {
            return out;
        }
        if (r == null) return out;
        for (LabelAndValue lv : r.labelValues) out.put(lv.label, lv.value.longValue());
        return out;
    }

    private static Query randomQuery(Random r) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        int clauses = 1 + r.nextInt(3);
        for (int i = 0; i < clauses; i++) {
            String field = r.nextBoolean() ? Fields.TEXT + Fields.EXACT : Fields.LABEL + Fields.EXACT;
            BooleanClause.Occur occur = r.nextInt(4) == 0 ? BooleanClause.Occur.MUST : BooleanClause.Occur.SHOULD;
            b.add(new TermQuery(new Term(field, WORDS[r.nextInt(WORDS.length)])), occur);
        }
        if (r.nextInt(5) == 0) b.add(new TermQuery(new Term(Fields.TYPE, TYPES[r.nextInt(TYPES.length)])), BooleanClause.Occur.MUST_NOT);
        return b.build();
    }

    private static IndexedNode node(Random r, int i) {
        List<String> tags = new ArrayList<>();
        for (int t = r.nextInt(3); t > 0; t--) tags.add(TAGS[r.nextInt(TAGS.length)]);
        List<IndexedNode.Named> holders = new ArrayList<>();
        for (int h = r.nextInt(3); h > 0; h--) {
            String key = PEOPLE[r.nextInt(PEOPLE.length)];
            holders.add(new IndexedNode.Named(key, key.replace('-', ' ')));
        }
        List<IndexedNode.Named> sources = new ArrayList<>();
        if (r.nextInt(3) == 0) sources.add(new IndexedNode.Named("paper-" + r.nextInt(4), "Paper " + r.nextInt(4)));
        String id = "statement/s" + i;
        return new IndexedNode("https://example.org/" + id, id, TYPES[r.nextInt(TYPES.length)], words(r, 5), words(r, 20), "",
                List.of(), tags.stream().distinct().toList(), holders.stream().distinct().toList(), sources,
                STATUSES[r.nextInt(STATUSES.length)], List.of("https://example.org/graph/" + (i % 3)));
    }

    private static String words(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append(i == 0 ? "" : " ").append(WORDS[(int) (WORDS.length * Math.pow(r.nextDouble(), 2))]);
        return b.toString();
    }
}
