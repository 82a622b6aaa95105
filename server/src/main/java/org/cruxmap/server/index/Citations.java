package org.cruxmap.server.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * How often each source is cited, in one point-in-time view: the documents whose {@code source}
 * facet names it. A source's text score is raised by up to {@link #MAX_GAIN} by this count, on a
 * saturating curve ({@code c / (c + PIVOT)}), so that "hot mess" finds the paper the map leans on
 * among the many sources with those words in their titles; other documents keep their text score.
 */
final class Citations {
    /** The most a citation count raises a source's score: by half. */
    static final float MAX_GAIN = 0.5f;
    /** The count at which a source gets half of {@link #MAX_GAIN}. */
    static final float PIVOT = 5f;
    /** A view with no facets yet: nothing is cited. */
    static final Citations NONE = new Citations(Map.of(), new int[0][]);

    /** By document of this view: how many documents cite that source; cited sources only. */
    private final Map<Integer, Integer> byDoc;
    /** By segment: its cited sources, as ascending segment-local document numbers. */
    private final int[][] bySegment;

    private Citations(Map<Integer, Integer> byDoc, int[][] bySegment) {
        this.byDoc = byDoc;
        this.bySegment = bySegment;
    }

    /** Counts the citations of every source of the view, once per refresh. */
    static Citations of(IndexSearcher searcher, FacetOrdinals ordinals) throws IOException {
        FacetOrdinals.Tally all = ordinals.count(searcher, new MatchAllDocsQuery(), Runnable::run).join();
        Map<String, Long> cited = ordinals.top(all, "source", Integer.MAX_VALUE);
        if (cited.isEmpty()) return NONE;
        TopDocs sources = searcher.search(new TermQuery(new Term(Fields.TYPE, "source")), Math.max(1, searcher.getIndexReader().maxDoc()));
        StoredFields stored = searcher.storedFields();
        Map<Integer, Integer> byDoc = new HashMap<>();
        for (ScoreDoc sd : sources.scoreDocs) {
            String id = stored.document(sd.doc, Set.of(Fields.ID)).get(Fields.ID);
            Long n = cited.get(id.startsWith("source/") ? id.substring("source/".length()) : id);
            if (n != null) byDoc.put(sd.doc, n.intValue());
        }
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int[][] bySegment = new int[leaves.size()][];
        for (LeafReaderContext leaf : leaves) {
            int from = leaf.docBase;
            int to = from + leaf.reader().maxDoc();
            bySegment[leaf.ord] = byDoc.keySet().stream().filter(d -> d >= from && d < to).mapToInt(d -> d - from).sorted().toArray();
        }
        return new Citations(byDoc, bySegment);
    }

    /** The factor a document's text score is multiplied by: 1 for all but cited sources. */
    float factor(int doc) {
        Integer c = byDoc.get(doc);
        return c == null ? 1f : 1f + MAX_GAIN * c / (c + PIVOT);
    }

    /** The first {@code wanted} hits of a query by text score, cited sources raised; see {@link #raise}. */
    TopDocs top(IndexSearcher searcher, Query query, int wanted) throws IOException {
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.TOP_SCORES, 1f);
        TopScoreDocCollectorManager manager = new TopScoreDocCollectorManager(Math.max(1, wanted), null, Math.max(1, wanted), false);
        TopScoreDocCollector collector = manager.newCollector();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            BulkScorer scorer = weight.bulkScorer(leaf);
            if (scorer == null) continue;
            LeafCollector lc = collector.getLeafCollector(leaf);
            try {
                scorer.score(lc, leaf.reader().getLiveDocs());
            } catch (CollectionTerminatedException enough) {
                // this segment has nothing more to give
            }
            lc.finish();
        }
        TopDocs top = manager.reduce(List.of(collector));
        return wanted == 0 ? top : raise(weight, top, wanted, searcher);
    }

    /**
     * The page with cited sources raised, exactly: {@code top} holds the first {@code wanted} hits of
     * the query of {@code weight} by text score, and only sources gain, so every other document of the
     * answer is among them; each cited source whose text score could still reach the page once raised
     * is scored with the same weight (the rest are skipped block by block).
     */
    TopDocs raise(Weight weight, TopDocs top, int wanted, IndexSearcher searcher) throws IOException {
        if (byDoc.isEmpty() || wanted == 0) return top;
        float needed = top.scoreDocs.length < wanted ? 0f : top.scoreDocs[wanted - 1].score / (1 + MAX_GAIN);
        List<ScoreDoc> all = new ArrayList<>(Arrays.asList(top.scoreDocs));
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            int[] docs = leaf.ord < bySegment.length ? bySegment[leaf.ord] : new int[0];
            if (docs.length == 0) continue;
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) continue;
            if (needed > 0) scorer.setMinCompetitiveScore(Math.nextDown(needed));
            DocIdSetIterator it = scorer.iterator();
            Bits live = leaf.reader().getLiveDocs();
            int at = it.docID();
            for (int d : docs) {
                if (at < d) at = it.advance(d);
                if (at == DocIdSetIterator.NO_MORE_DOCS) break;
                if (at == d && (live == null || live.get(d))) all.add(new ScoreDoc(leaf.docBase + d, scorer.score()));
            }
        }
        List<ScoreDoc> raised = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (ScoreDoc sd : all) if (seen.add(sd.doc)) raised.add(new ScoreDoc(sd.doc, sd.score * factor(sd.doc)));
        raised.sort((a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
        return new TopDocs(new TotalHits(top.totalHits.value, top.totalHits.relation),
                raised.subList(0, Math.min(wanted, raised.size())).toArray(ScoreDoc[]::new));
    }
}
