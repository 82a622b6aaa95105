package org.cruxmap.server.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class LeanPassageScorerTest {
    @Test
    void scoresEveryRandomPassageExactlyAsLucenesScorerDoes() {
        Random r = new Random(11);
        PassageScorer lucene = new PassageScorer();
        PassageScorer lean = new LeanPassageScorer();
        String[] words = {"coherence", "agency", "bias", "variance", "the", "money pump"};
        for (int round = 0; round < 2000; round++) {
            Passage p = new Passage();
            int start = r.nextInt(3000);
            p.setStartOffset(start);
            p.setEndOffset(start + 400 + r.nextInt(200));
            int at = start;
            int matches = r.nextInt(9);
            for (int m = 0; m < matches; m++) {
                at += 1 + r.nextInt(40);
                String w = words[r.nextInt(words.length)];
                // a term's frequency in the document is the same for all its matches
                p.addMatch(at, at + w.length(), new BytesRef(w), 1 + Math.floorMod(w.hashCode(), 7));
            }
            int contentLength = p.getEndOffset() + r.nextInt(5000);
            assertEquals(Float.floatToIntBits(lucene.score(p, contentLength)), Float.floatToIntBits(lean.score(p, contentLength)),
                    "passage " + round + " with " + matches + " matches");
        }
    }
}
