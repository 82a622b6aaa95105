package org.cruxmap.server.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/** Words searched stemmed without their twins, quoted text searched as written. */
class TwinsTest {
    private static final Analyzer ANALYZER = Fields.analyzer();

    @Test
    void leavingOutTheTwinOfAWordLosesNoMatchForAnyWordOfTheCorpus() throws Exception {
        try (IndexFixtures.Kb kb = IndexFixtures.Kb.inMemory()) {
            org.cruxmap.server.app.BundledCorpus.loadIntoEmpty(kb.kb());
            IndexFixtures.load(kb.kb(), "accents.ttl", IndexFixtures.PREFIXES + """
                    id:statement\\/accents a cm:Statement, cm:Claim ; rdfs:label "Hägele’s naïve café" ; cm:status cm:verified ;
                        cm:text "Ångström-scale Œuvre: the model's and the MODEL’S façade, post-training, state-of-the-art." .
                    """);
            int[] checked = {0};
            kb.index().withSearcher(s -> {
                MultiFieldQueryParser raw = new MultiFieldQueryParser(Fields.BOOSTS.keySet().toArray(String[]::new), ANALYZER, Fields.BOOSTS);
                for (String twin : List.of("label_exact", "text_exact", "quote_exact")) {
                    Terms terms = MultiTerms.getTerms(s.getIndexReader(), twin);
                    TermsEnum it = terms.iterator();
                    for (BytesRef t = it.next(); t != null; t = it.next()) {
                        Query q;
                        try {
                            q = raw.parse(QueryParser.escape(t.utf8ToString()));
                        } catch (org.apache.lucene.queryparser.classic.ParseException e) {
                            throw new AssertionError(e);
                        }
                        Query pruned = Twins.prune(q, ANALYZER);
                        assertEquals(s.count(q), s.count(pruned), t.utf8ToString() + ": " + q + " against " + pruned);
                        checked[0]++;
                    }
                }
                return null;
            });
            assertTrue(checked[0] > 1000, "words checked: " + checked[0]);
            QueryText qt = new QueryText(ANALYZER);
            for (String q : List.of("variance bias", "country of geniuses", "no coherence theorems", "money pump*", "hagele's cafe",
                    "\"country of geniuses\"", "goal-directedness -rock", "post-training AND scaling", "Hägele’s naïve")) {
                long total = kb.index().search(SearchQuery.of(q)).total();
                long counted = kb.index().withSearcher(s -> (long) s.count(qt.parse(q).query()));
                assertEquals(counted, total, "the total counted without twins is the ranked query's: " + q);
                assertTrue(total > 0, q);
            }
            for (String q : List.of("\"selection theorem\"", "\"the coherence theorems\" money")) {
                Query loose = qt.looseQuotes(q, qt.parse(q)).orElseThrow();
                long counted = kb.index().withSearcher(s -> (long) s.count(Twins.prune(loose, ANALYZER)));
                assertEquals((long) kb.index().withSearcher(s -> s.count(loose)), counted, "a loose phrase counted without its twin: " + q);
                assertTrue(counted > 0, q);
            }
        }
    }

    @Test
    void aWordIsCountedStemmedAloneButRankedByItsExactFormTooAndAStopWordKeepsItsTwin() throws Exception {
        QueryText qt = new QueryText(ANALYZER);
        Query theorems = qt.parse("theorems").query();
        assertTrue(theorems.toString().contains("label_exact:theorems"), "ranked with the exact form: " + theorems);
        String counted = Twins.prune(theorems, ANALYZER).toString();
        assertTrue(counted.contains("label:theorem") && !counted.contains("label_exact"), counted);
        String withStop = Twins.prune(qt.parse("country of geniuses").query(), ANALYZER).toString();
        assertTrue(withStop.contains("label_exact:of") && !withStop.contains("label_exact:country"), withStop);
        String quoted = qt.parse("\"coherence theorems\"").query().toString();
        assertTrue(quoted.contains("(label_exact:\"coherence theorems\")^4.0") && !quoted.contains("label:"),
                "quoted text is searched in the twins, each weighted as its field: " + quoted);
    }

    @Test
    void theStemmedAnalysisFoldsAccentsAndOtherwiseIsEnglishAnalysis() throws IOException {
        assertEquals(List.of("hagel", "naiv", "cafe"), Twins.tokens(ANALYZER, "label", "Hägele’s naïve café"));
        assertEquals(List.of("hacker", "news", "new"), Twins.tokens(ANALYZER, "label", "Hacker News, new"), "news is not new");
        String ascii = "The model's errors, post-training: no theorems FORCES agents toward dominated strategies.";
        assertEquals(Twins.tokens(new EnglishAnalyzer(), "label", ascii), Twins.tokens(ANALYZER, "label", ascii));
    }

    @Test
    void quotedTextMatchesItsExactWordsAndFallsBackToOtherFormsSayingSo() {
        try (IndexFixtures.Kb kb = IndexFixtures.Kb.inMemory()) {
            IndexFixtures.load(kb.kb(), "map.ttl", IndexFixtures.MAP);
            SearchResult exact = kb.index().search(SearchQuery.of("\"coherence theorems\""));
            assertFalse(exact.approximate());
            assertTrue(ids(exact).contains("statement/theorems"), ids(exact).toString());
            SearchResult singular = kb.index().search(SearchQuery.of("\"coherence theorem\""));
            assertTrue(singular.approximate(), new QueryText(ANALYZER).parse("\"coherence theorem\"").query() + " " + ids(singular) + " no exact match: the other word forms are searched, and the answer says so");
            assertEquals(ids(exact), ids(singular));
            SearchResult oneWord = kb.index().search(SearchQuery.of("\"theorem\""));
            assertFalse(oneWord.approximate());
            assertEquals(List.of("statement/theorems"), ids(oneWord), "only the text that has the word as written");
            assertFalse(ids(kb.index().search(SearchQuery.of("\"coherent\""))).contains("statement/variance-share"), "it says coherence");
            assertTrue(ids(kb.index().search(SearchQuery.of("coherent"))).contains("statement/variance-share"), "unquoted, other forms match");
            assertEquals(0, kb.index().search(SearchQuery.of("\"coherence theorem\"").withTypes("person")).total());
            assertTrue(kb.index().search(SearchQuery.of("\"coherence theorem\"").withTypes("claim")).approximate(),
                    "choosing a facet of the approximate answer keeps it");
            assertTrue(kb.index().search(SearchQuery.of("\"critiques\"")).approximate(),
                    "a source title, indexed stemmed only, is not matched by quoted text ('critique' is not 'critiques')");
        }
    }

    private static List<String> ids(SearchResult r) {
        return r.hits().stream().map(SearchHit::id).toList();
    }
}
