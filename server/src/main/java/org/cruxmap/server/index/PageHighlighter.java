package org.cruxmap.server.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Highlights the hits of one page. Each hit gets a snippet from the first field, in order of
 * preference ({@link Fields#HIGHLIGHTED}), where the query matches: the fields are tried one after
 * another, each only for the hits still without a match, so a hit whose text matches never pays
 * for its label. Offsets come from the postings of the query's own terms (the classic route; the
 * Weight.matches route would rebuild the whole multi-field query for every field of every hit),
 * and the field values come from the hits' stored documents, read once by the caller.
 */
final class PageHighlighter extends UnifiedHighlighter {
    /** Snippets per field. */
    private static final int PASSAGES = 2;

    private final Map<Integer, Document> stored;

    private PageHighlighter(Builder b, Map<Integer, Document> stored) {
        super(b);
        this.stored = stored;
    }

    /** A highlighter over one searcher for the page whose stored documents, by doc id, are given. */
    static PageHighlighter of(IndexSearcher searcher, Analyzer analyzer, Map<Integer, Document> stored) {
        Builder b = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withScorer(new LeanPassageScorer())
                .withMaxLength(100_000)
                .withHighlightPhrasesStrictly(true)
                .withWeightMatches(false)
                .withMaskedFieldsFunc(f -> switch (f) {
                    case Fields.LABEL, Fields.TEXT, Fields.QUOTE -> Set.of(f + Fields.EXACT);
                    default -> Set.of();
                });
        return new PageHighlighter(b, stored);
    }

    /** For each doc id, in order, the first snippet with a match, or null when no field matched. */
    String[] highlight(Query q, int[] docs) throws IOException {
        String[] out = new String[docs.length];
        int[] pending = Arrays.copyOf(docs, docs.length);
        int[] pendingAt = new int[docs.length];
        for (int i = 0; i < docs.length; i++) pendingAt[i] = i;
        int n = docs.length;
        for (String field : Fields.HIGHLIGHTED) {
            if (n == 0) break;
            int[] withField = new int[n];
            int[] withFieldAt = new int[n];
            int m = 0;
            for (int i = 0; i < n; i++) {
                if (stored.get(pending[i]).get(field) == null) continue;
                withField[m] = pending[i];
                withFieldAt[m++] = pendingAt[i];
            }
            if (m == 0) continue;
            String[] h = highlightFields(new String[] {field}, q, Arrays.copyOf(withField, m), new int[] {field.equals(Fields.SOURCE) ? 1 : PASSAGES}).get(field);
            for (int i = 0; i < m; i++) {
                if (h[i] != null && h[i].contains("<mark>")) out[withFieldAt[i]] = field.equals(Fields.SOURCE) ? "Source: " + h[i] : h[i];
            }
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (out[pendingAt[i]] != null) continue;
                pending[k] = pending[i];
                pendingAt[k++] = pendingAt[i];
            }
            n = k;
        }
        return out;
    }

    /** The field values from the stored documents already read, several values joined as the highlighter expects. */
    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
        List<CharSequence[]> out = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            Document d = stored.get(doc);
            CharSequence[] values = new CharSequence[fields.length];
            for (int f = 0; f < fields.length; f++) {
                String[] all = d.getValues(fields[f]);
                if (all.length == 0) continue;
                String v = all.length == 1 ? all[0] : String.join(String.valueOf(MULTIVAL_SEP_CHAR), all);
                values[f] = v.length() > getMaxLength() ? v.substring(0, getMaxLength()) : v;
            }
            out.add(values);
        }
        return out;
    }
}
