package org.cruxmap.server.index;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.uhighlight.PassageScorer;

/**
 * Lucene's passage score (BM25 over the passage, weighted toward the start of the text), computed
 * the same way without a hash table per passage: Lucene's allocates a 32 KB block for each
 * candidate passage of each highlighted field, which was most of what a search allocated. A
 * passage holds a handful of matches, so its distinct terms are found by a scan.
 */
final class LeanPassageScorer extends PassageScorer {
    @Override
    public float score(Passage passage, int contentLength) {
        int n = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        int[] first = new int[n];
        int[] freqs = new int[n];
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            int id = 0;
            while (id < distinct && !terms[first[id]].bytesEquals(terms[i])) id++;
            if (id == distinct) first[distinct++] = i;
            freqs[id]++;
        }
        double score = 0;
        for (int id = 0; id < distinct; id++) score += tf(freqs[id], passage.getLength()) * weight(contentLength, freqsInDoc[first[id]]);
        score *= norm(passage.getStartOffset());
        return (float) score;
    }
}
