package org.cruxmap.server.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.junit.jupiter.api.Test;

/** Cited sources rise in the ranking, by exactly the rule a brute-force ranking of every match gives. */
class CitationsTest {
    private static final List<String> QUERIES = List.of("hot mess", "coherence", "hot mess paper critique", "paper", "agents goals",
            "selection theorems", "\"hot mess\"", "of", "the", "coherence theorems review");

    @Test
    void theRerankedPageIsTheBruteForceRankingOfEveryMatchWithCitedSourcesRaised() throws Exception {
        try (IndexFixtures.Kb kb = IndexFixtures.Kb.inMemory()) {
            org.cruxmap.server.app.BundledCorpus.loadIntoEmpty(kb.kb());
            int[] compared = {0};
            kb.index().withSearcher(s -> {
                FacetedSearcher fs = (FacetedSearcher) s;
                QueryText qt = new QueryText(Fields.analyzer());
                for (String q : QUERIES) {
                    Query query = qt.parse(q).query();
                    ScoreDoc[] every = s.search(query, Math.max(1, s.getIndexReader().maxDoc())).scoreDocs;
                    ScoreDoc[] raised = Arrays.stream(every).map(sd -> new ScoreDoc(sd.doc, sd.score * fs.citations.factor(sd.doc)))
                            .sorted((a, b) -> a.score != b.score ? Float.compare(b.score, a.score) : Integer.compare(a.doc, b.doc))
                            .toArray(ScoreDoc[]::new);
                    for (int wanted : new int[] {1, 3, 10, 25}) {
                        TopDocs page = fs.citations.top(s, query, wanted);
                        int n = Math.min(wanted, raised.length);
                        assertEquals(n, page.scoreDocs.length, q + " / " + wanted);
                        for (int i = 0; i < n; i++) {
                            assertEquals(raised[i].doc, page.scoreDocs[i].doc, q + " / " + wanted + ", place " + i);
                            assertEquals(raised[i].score, page.scoreDocs[i].score, 1e-6, q);
                        }
                        compared[0]++;
                    }
                }
                return null;
            });
            assertEquals(QUERIES.size() * 4, compared[0]);
        }
    }

    @Test
    void theMostCitedSourceGainsMostAndAnUncitedOneNothing() throws Exception {
        try (IndexFixtures.Kb kb = IndexFixtures.Kb.inMemory()) {
            org.cruxmap.server.app.BundledCorpus.loadIntoEmpty(kb.kb());
            kb.index().withSearcher(s -> {
                FacetedSearcher fs = (FacetedSearcher) s;
                float paper = fs.citations.factor(docOf(s, "source/hot-mess-paper"));
                float critique = fs.citations.factor(docOf(s, "source/ember-summary"));
                assertTrue(paper > critique && critique > 1f, paper + " / " + critique);
                assertTrue(paper <= 1f + Citations.MAX_GAIN);
                assertEquals(1f, fs.citations.factor(docOf(s, "source/hot-mess-code")), "cited by no statement");
                assertEquals(1f, fs.citations.factor(docOf(s, "statement/hot-mess-conclusions-are-odd")), "statements keep their score");
                return null;
            });
        }
    }

    private static int docOf(org.apache.lucene.search.IndexSearcher s, String id) throws java.io.IOException {
        TopDocs t = s.search(new org.apache.lucene.search.TermQuery(new org.apache.lucene.index.Term(Fields.ID, id)), 1);
        assertEquals(1, t.scoreDocs.length, id);
        return t.scoreDocs[0].doc;
    }
}
