package org.cruxmap.server.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;

/**
 * How often each source is cited, in one point-in-time view: the documents whose {@code source}
 * facet names it. A source's text score is raised by up to {@link #MAX_GAIN} by this count, on a
 * saturating curve ({@code c / (c + PIVOT)}), so that "hot mess" finds the paper the map leans on
 * among the many sources with those words in their titles; statements keep their text score.
 */
final class Citations {
    /** The most a citation count raises a source's score: by half. */
    static final float MAX_GAIN = 0.5f;
    /** The count at which a source gets half of {@link #MAX_GAIN}. */
    static final float PIVOT = 5f;
    /** A view with no facets yet: nothing is cited. */
    static final Citations NONE = new Citations(Map.of());

    /** By document of this view: how many documents cite that source; sources only. */
    private final Map<Integer, Integer> byDoc;

    private Citations(Map<Integer, Integer> byDoc) { this.byDoc = byDoc; }

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
        return new Citations(byDoc);
    }

    /** The factor a document's text score is multiplied by: 1 for all but cited sources. */
    float factor(int doc) {
        Integer c = byDoc.get(doc);
        return c == null ? 1f : 1f + MAX_GAIN * c / (c + PIVOT);
    }

    /**
     * The first {@code wanted} hits of {@code query} by text score with cited sources raised, exactly:
     * only sources gain, so every other document of the answer is among the first {@code wanted} by
     * text score ({@code top}); sources are searched on their own, more of them until none left out could
     * still reach the answer.
     */
    TopDocs rerank(IndexSearcher searcher, Query query, TopDocs top, int wanted) throws IOException {
        if (byDoc.isEmpty() || wanted == 0) return top;
        Query sourcesOnly = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(Fields.TYPE, "source")), BooleanClause.Occur.FILTER).build();
        for (int k = wanted; ; k *= 4) {
            TopDocs sources = searcher.search(sourcesOnly, k);
            List<ScoreDoc> merged = merge(top, sources, wanted);
            boolean allSeen = sources.scoreDocs.length < k;
            float floor = merged.size() < wanted ? 0 : merged.get(merged.size() - 1).score;
            // a source not yet seen scores at most the last one seen, raised by the most any source gains
            if (allSeen || sources.scoreDocs[k - 1].score * (1 + MAX_GAIN) < floor) {
                return new TopDocs(new TotalHits(top.totalHits.value, top.totalHits.relation), merged.toArray(ScoreDoc[]::new));
            }
        }
    }

    private List<ScoreDoc> merge(TopDocs top, TopDocs sources, int wanted) {
        List<ScoreDoc> all = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (TopDocs t : List.of(top, sources)) {
            for (ScoreDoc sd : t.scoreDocs) if (seen.add(sd.doc)) all.add(new ScoreDoc(sd.doc, sd.score * factor(sd.doc)));
        }
        ScoreDoc[] sorted = all.toArray(ScoreDoc[]::new);
        Arrays.sort(sorted, (a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc));
        return List.of(sorted).subList(0, Math.min(wanted, sorted.length));
    }
}
