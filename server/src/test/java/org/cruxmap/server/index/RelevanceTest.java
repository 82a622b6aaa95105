package org.cruxmap.server.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Search quality on the judged queries of relevance/queries.tsv over the bundled corpus, as users search it. */
class RelevanceTest {
    private static RelevanceSet set() throws Exception {
        try (InputStream in = RelevanceTest.class.getResourceAsStream("/relevance/queries.tsv")) {
            return RelevanceSet.parse("queries.tsv", new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theJudgedQueriesReachTheQualityGoalAndEveryJudgedIdExists() throws Exception {
        RelevanceSet set = set();
        assertTrue(set.queries().size() >= 25, "at least 25 queries, got " + set.queries().size());
        try (IndexFixtures.Kb kb = IndexFixtures.Kb.inMemory()) {
            org.cruxmap.server.app.BundledCorpus.loadIntoEmpty(kb.kb());
            RelevanceReport.Report r = RelevanceReport.run(set, kb.index());
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            RelevanceReport.print(r, new PrintStream(buf, true, StandardCharsets.UTF_8));
            String report = buf.toString(StandardCharsets.UTF_8);
            System.out.println(report);
            assertEquals(List.of(), r.unknownIds(), report);
            assertTrue(r.meanNdcg10() >= 0.85, "mean nDCG@10 below the 0.85 goal\n" + report);
            assertTrue(r.meanRecall5() >= 0.85, "mean recall@5 below 0.85\n" + report);
        }
    }

    @Test
    void ndcgIsOneForTheIdealOrderAndFallsWhenTheAnswerSinks() {
        Map<String, Integer> g = Map.of("a", 3, "b", 1);
        assertEquals(1.0, RelevanceSet.ndcg(List.of("a", "b", "x"), g, 10), 1e-9);
        double sunk = RelevanceSet.ndcg(List.of("x", "b", "a"), g, 10);
        assertTrue(sunk < 0.7 && sunk > 0.3, "got " + sunk);
        assertEquals(0.0, RelevanceSet.ndcg(List.of("x"), g, 10), 1e-9);
        assertEquals(0.5, RelevanceSet.recall(List.of("a", "x", "y", "z", "w", "b"), g, 5), 1e-9);
    }

    @Test
    void aMalformedJudgmentNamesItsLineAndColumn() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RelevanceSet.parse("q.tsv", "# c\nfine\tx=2\nbad\tstatement/a=7\n"));
        assertTrue(e.getMessage().startsWith("q.tsv:3:5: "), e.getMessage());
    }
}
