package org.cruxmap.server.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SearchIndexTest {
    private IndexFixtures.Kb kb;

    @BeforeEach
    void open() {
        kb = IndexFixtures.Kb.inMemory();
        IndexFixtures.load(kb.kb(), "map.ttl", IndexFixtures.MAP);
    }

    @AfterEach
    void close() { kb.close(); }

    private List<String> ids(SearchResult r) { return r.hits().stream().map(SearchHit::id).toList(); }

    @Test
    void aMatchInTheLabelRanksAboveTheSameWordsInTheTextOnly() {
        SearchResult r = kb.index().search(SearchQuery.of("variance bias"));
        assertEquals("statement/variance-share", r.hits().get(0).id(), ids(r).toString());
        assertEquals("unverified", r.hits().get(0).status(), "a hit carries its epistemic status");
        assertTrue(ids(r).contains("statement/mentions-bias"));
        assertTrue(ids(r).indexOf("statement/rock") < ids(r).indexOf("statement/mentions-bias"), ids(r).toString());
    }

    @Test
    void aPhraseWithAStopWordFindsTheExactLabelFirst() {
        SearchResult r = kb.index().search(SearchQuery.of("\"country of geniuses\""));
        assertEquals(List.of("statement/geniuses"), ids(r));
        assertEquals("claim", r.hits().get(0).type());
        assertEquals("Powerful AI as a country of geniuses in a datacenter", r.hits().get(0).label());
    }

    @Test
    void typographicQuotesPastedFromAPageQuoteAsPlainOnesDo() {
        for (String q : List.of("\u201Ccountry of geniuses\u201D", "\u201Ecountry of geniuses\u201C", "\u00ABcountry of geniuses\u00BB")) {
            assertEquals(List.of("statement/geniuses"), ids(kb.index().search(SearchQuery.of(q))), q);
        }
    }

    @Test
    void stemmingFindsOtherFormsOfAWordAndAPrefixFindsItsWords() {
        assertTrue(ids(kb.index().search(SearchQuery.of("theorem"))).contains("statement/theorems"));
        assertTrue(ids(kb.index().search(SearchQuery.of("decompos*"))).contains("statement/variance-share"));
    }

    @Test
    void quotesPeopleAndSourceTitlesAreSearchable() {
        assertTrue(ids(kb.index().search(SearchQuery.of("Thornley"))).contains("statement/theorems"));
        assertTrue(ids(kb.index().search(SearchQuery.of("critique"))).contains("statement/rock"));
        SearchResult person = kb.index().search(SearchQuery.of("Dario").withTypes("person"));
        assertEquals(List.of("person/dario"), ids(person));
    }

    @Test
    void filtersNarrowTheHitsAndFacetsCountWhatTheQueryMatches() {
        SearchQuery q = new SearchQuery("variance", List.of("statement"), List.of("hot-mess"), List.of(), List.of("verified"), List.of(), 10, 0);
        SearchResult r = kb.index().search(q);
        assertEquals(List.of("statement/mentions-bias"), ids(r));
        assertEquals(1, r.total());

        SearchResult all = kb.index().search(SearchQuery.of("variance"));
        assertEquals(3, all.total());
        assertEquals(1L, all.facets().get("type").get("crux"));
        assertEquals(1L, all.facets().get("type").get("claim"));
        assertEquals(1L, all.facets().get("type").get("evidence"));
        assertEquals(3L, all.facets().get("tag").get("hot-mess"));
        assertEquals(2L, all.facets().get("holder").get("jascha"));
        assertEquals(2L, all.facets().get("source").get("hot-mess-paper"));
        assertEquals(List.of("type", "tag", "holder", "status", "source"), List.copyOf(all.facets().keySet()));
    }

    @Test
    void aFacetsOwnFilterDoesNotHideItsOtherValues() {
        SearchQuery q = new SearchQuery("variance", List.of("crux"), List.of(), List.of(), List.of(), List.of(), 10, 0);
        SearchResult r = kb.index().search(q);
        assertEquals(List.of("statement/variance-share"), ids(r));
        assertEquals(1L, r.facets().get("type").get("claim"), r.facets().toString());
        assertEquals(Long.valueOf(1), r.facets().get("holder").get("jascha"));
    }

    @Test
    void holderAndSourceFiltersTakeShortKeysOrIds() {
        SearchQuery byKey = new SearchQuery("", List.of(), List.of(), List.of("jascha"), List.of(), List.of(), 10, 0);
        SearchQuery byId = new SearchQuery("", List.of(), List.of(), List.of("person/jascha"), List.of(), List.of(), 10, 0);
        // a source's authors count as its holders, so the paper Jascha wrote comes with the statements he holds
        assertEquals(List.of("source/hot-mess-paper", "statement/mentions-bias", "statement/variance-share"),
                ids(kb.index().search(byKey)).stream().sorted().toList());
        assertEquals(ids(kb.index().search(byKey)), ids(kb.index().search(byId)));
        SearchQuery bySource = new SearchQuery("", List.of(), List.of(), List.of(), List.of(), List.of("source/critique"), 10, 0);
        assertEquals(List.of("statement/rock"), ids(kb.index().search(bySource)));
    }

    @Test
    void pagesFollowOneAnotherWithoutOverlap() {
        SearchQuery q = SearchQuery.of("").withLimit(4);
        SearchResult p1 = kb.index().search(q);
        SearchResult p2 = kb.index().search(new SearchQuery("", List.of(), List.of(), List.of(), List.of(), List.of(), 4, 4));
        SearchResult p3 = kb.index().search(new SearchQuery("", List.of(), List.of(), List.of(), List.of(), List.of(), 4, 8));
        assertEquals(11, p1.total());
        assertEquals(4, p1.hits().size());
        assertEquals(4, p2.hits().size());
        assertEquals(3, p3.hits().size());
        var seen = new java.util.HashSet<String>();
        for (SearchResult p : List.of(p1, p2, p3)) for (SearchHit h : p.hits()) assertTrue(seen.add(h.id()), h.id());
        assertEquals(11, seen.size());
    }

    @Test
    void theHighlightMarksMatchesAndEscapesTheTextAroundThem() {
        IndexFixtures.load(kb.kb(), "xss.ttl", IndexFixtures.PREFIXES + """
                <https://w3id.org/cruxmap/id/statement/xss> a cm:Statement, cm:Claim ; rdfs:label "Markup" ;
                    cm:text "A payload <img src=x onerror=alert(1)> sits next to the word zanzibar & more." ; cm:status cm:unverified .
                """);
        SearchResult r = kb.index().search(SearchQuery.of("zanzibar"));
        String h = r.hits().get(0).highlight();
        assertTrue(h.contains("<mark>zanzibar</mark>"), h);
        assertTrue(h.contains("&lt;img src=x onerror=alert(1)&gt;"), h);
        assertFalse(h.replace("<mark>", "").replace("</mark>", "").contains("<"), h);
        assertTrue(h.contains("&amp;"), h);

        String browse = kb.index().search(SearchQuery.of("payload")).hits().get(0).highlight();
        assertFalse(browse.replace("<mark>", "").replace("</mark>", "").contains("<img"), browse);
    }

    @Test
    void unparseableQueriesFallBackToTheirWordsAndNeverThrow() {
        SearchResult unbalanced = kb.index().search(SearchQuery.of("\"unbalanced rock"));
        assertTrue(ids(unbalanced).contains("statement/rock"), ids(unbalanced).toString());
        for (String q : List.of("\"unbalanced", " AND ", "AND", "OR NOT", "(", "field:", "[a TO", "~", "/", "\\", "?*", "**", "rock AND")) {
            SearchResult r = kb.index().search(SearchQuery.of(q));
            assertTrue(r.total() >= 0, q);
        }
        assertEquals(ids(kb.index().search(SearchQuery.of("and"))), ids(kb.index().search(SearchQuery.of(" AND "))));
        assertEquals(0, kb.index().search(SearchQuery.of("(")).total());
        assertEquals(11, kb.index().search(SearchQuery.of("*")).total());
    }

    @Test
    void aFieldTheIndexDoesNotHaveIsSearchedAsWordsAndAKnownFieldStillNarrows() {
        assertTrue(ids(kb.index().search(SearchQuery.of("critique:rock"))).contains("statement/rock"));
        assertEquals(List.of("statement/theorems"), ids(kb.index().search(SearchQuery.of("label:theorems"))));
    }

    @Test
    void aPrefixSurvivesTheFallbackToPlainWords() {
        assertTrue(ids(kb.index().search(SearchQuery.of("decompos* AND"))).contains("statement/variance-share"));
        assertTrue(ids(kb.index().search(SearchQuery.of("\"decompos* splits"))).contains("statement/variance-share"));
    }

    @Test
    void aQueryOfOnlyExclusionsListsEverythingElseInLabelOrder() {
        long all = kb.index().search(SearchQuery.of("*")).total();
        long rock = kb.index().search(SearchQuery.of("rock")).total();
        for (String q : List.of("-rock", "NOT rock")) {
            SearchResult r = kb.index().search(SearchQuery.of(q).withLimit(50));
            assertEquals(all - rock, r.total(), q);
            assertFalse(ids(r).contains("statement/rock"), q);
            List<String> labels = r.hits().stream().map(h -> h.label().toLowerCase(java.util.Locale.ROOT)).toList();
            assertEquals(labels.stream().sorted().toList(), labels, q);
        }
    }

    @Test
    void aPersonIsListedByNameAndTheirLongerLabelIsSearchedAsTheirText() {
        IndexFixtures.load(kb.kb(), "people.ttl", IndexFixtures.PREFIXES + """
                id:person\\/anon1 a cm:Person ; cm:name "Unidentified commenter" ; rdfs:label "Author of the seed comment (unidentified)" .
                id:person\\/anon2 a cm:Person ; cm:name "Unidentified commenter" ; rdfs:label "Author of a reply (unidentified)" .
                """);
        SearchResult r = kb.index().search(SearchQuery.of("seed comment author").withTypes("person"));
        assertEquals("person/anon1", r.hits().get(0).id());
        assertEquals("Unidentified commenter", r.hits().get(0).label());
        assertEquals("Author of the seed comment (unidentified)", r.hits().get(0).text());
        assertEquals(2, kb.index().search(SearchQuery.of("unidentified commenter").withTypes("person")).total());
    }

    @Test
    void aPastedPageOfWordsIsSearchedByItsStartInsteadOfFailing() {
        StringBuilder page = new StringBuilder("coherence theorems");
        for (int i = 0; i < 150; i++) page.append(" w").append(i).append("abc");
        SearchResult r = kb.index().search(SearchQuery.of(page.toString()));
        assertTrue(ids(r).contains("statement/theorems"), ids(r).toString());
        assertFalse(kb.index().matches(page.toString(), 5).isEmpty(), "cm:search too");
    }

    @Test
    void wordsThatMatchNothingAsTypedFindTheirCloseSpellingsAndSaySo() {
        SearchResult typo = kb.index().search(SearchQuery.of("cohernce theorms"));
        assertTrue(typo.approximate());
        assertEquals("statement/theorems", typo.hits().get(0).id(), ids(typo).toString());
        SearchResult exact = kb.index().search(SearchQuery.of("coherence theorems"));
        assertFalse(exact.approximate());
        SearchResult nothing = kb.index().search(SearchQuery.of("xyzzyq"));
        assertEquals(0, nothing.total());
        assertFalse(nothing.approximate());
        assertEquals(0, kb.index().search(SearchQuery.of("rok")).total(), "a word under four letters is not guessed at");
        SearchResult excluded = kb.index().search(SearchQuery.of("cohernce -rock").withLimit(50));
        assertTrue(excluded.approximate());
        assertFalse(ids(excluded).contains("statement/rock"), "an exclusion stays an exclusion: " + ids(excluded));
        assertEquals(typo.total(), kb.index().search(SearchQuery.of("there are no cohernce theorms")).total(), "stop words stay unwidened");
        SearchResult transposed = kb.index().search(SearchQuery.of("cohrence"));
        assertTrue(transposed.approximate(), "widened as typed, not from its stem 'cohrenc'");
        assertTrue(ids(transposed).contains("statement/theorems"), ids(transposed).toString());
        SearchResult filtered = kb.index().search(SearchQuery.of("rock").withTypes("person"));
        assertEquals(0, filtered.total());
        assertFalse(filtered.approximate(), "an empty answer the filter explains is not widened");
        SearchResult chosen = kb.index().search(SearchQuery.of("cohernce").withTypes("claim"));
        assertTrue(chosen.approximate(), "a facet chosen on an approximate answer keeps it approximate");
        assertEquals("statement/theorems", chosen.hits().get(0).id());
        String pasted = String.join(" ", java.util.Collections.nCopies(40, "cohernce theorms"));
        assertFalse(kb.index().search(SearchQuery.of(pasted)).approximate(), "a long text that matched nothing is not guessed at");
    }

    @Test
    void aHitFoundOnlyByItsSourcesTitleShowsThatTitleMarked() {
        SearchHit hit = kb.index().search(SearchQuery.of("hot mess").withLimit(20)).hits().stream()
                .filter(h -> h.id().equals("statement/variance-share")).findFirst().orElseThrow();
        assertEquals("Source: The <mark>Hot</mark> <mark>Mess</mark> of AI", hit.highlight());
    }

    @Test
    void aHitWithNoMarkAndNoTextShowsItsNotesRatherThanItsTitleAgain() {
        IndexFixtures.load(kb.kb(), "src.ttl", IndexFixtures.PREFIXES + """
                <https://w3id.org/cruxmap/id/source/notes-only> a cm:Source ; cm:title "Zyxx report" ; rdfs:label "Zyxx report" ;
                    rdfs:comment "Research notes: found through an aggregator, author unknown." .
                """);
        SearchHit hit = kb.index().search(SearchQuery.of("*").withTypes("source").withLimit(50)).hits().stream()
                .filter(h -> h.id().equals("source/notes-only")).findFirst().orElseThrow();
        assertEquals("Research notes: found through an aggregator, author unknown.", hit.highlight());
    }

    @Test
    void browsingListsLabelsAlphabeticallyWithAccentsDropped() {
        IndexFixtures.load(kb.kb(), "names.ttl", IndexFixtures.PREFIXES + """
                id:statement\\/help a cm:Statement, cm:Claim ; rdfs:label "Help is near" ; cm:status cm:verified .
                id:statement\\/hagele a cm:Statement, cm:Claim ; rdfs:label "Hägele et al. measured it" ; cm:status cm:verified .
                id:statement\\/hazard a cm:Statement, cm:Claim ; rdfs:label "Hazard ahead" ; cm:status cm:verified .
                """);
        List<String> order = ids(kb.index().search(SearchQuery.of("*").withLimit(50))).stream()
                .filter(id -> List.of("statement/help", "statement/hagele", "statement/hazard").contains(id)).toList();
        assertEquals(List.of("statement/hagele", "statement/hazard", "statement/help"), order);
    }

    @Test
    void aStopWordOutsideQuotesDoesNotWidenTheMatchesButAQueryOfStopWordsStillSearches() {
        assertEquals(ids(kb.index().search(SearchQuery.of("country geniuses"))), ids(kb.index().search(SearchQuery.of("country of geniuses"))));
        assertEquals(1, kb.index().search(SearchQuery.of("country of geniuses")).total());
        assertTrue(kb.index().search(SearchQuery.of("of")).total() > 1, "a lone stop word is still searched");
        assertEquals(List.of("statement/geniuses"), ids(kb.index().search(SearchQuery.of("\"country of geniuses\""))));
    }

    @Test
    void aCommittedWriteIsSearchableWithinOneSecondAndARemovedGraphLeavesTheIndex() {
        long t0 = System.nanoTime();
        IndexFixtures.load(kb.kb(), "new.ttl", IndexFixtures.PREFIXES + """
                <https://w3id.org/cruxmap/id/statement/new> a cm:Statement, cm:Claim ; rdfs:label "Quokkas are coherent" ; cm:status cm:unverified .
                """);
        SearchResult r = kb.index().search(SearchQuery.of("quokka"));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertEquals(List.of("statement/new"), ids(r));
        assertTrue(ms < 1000, "searchable after " + ms + " ms");
        assertEquals(kb.kb().store().changeCounter(), kb.index().indexedCounter());

        kb.kb().removeGraph(org.cruxmap.server.store.GraphRecord.graphFor("new.ttl"));
        assertEquals(0, kb.index().search(SearchQuery.of("quokka")).total());
    }

    @Test
    void reimportingAFileReplacesItsDocumentsAndRenamingAPersonUpdatesTheStatementsTheyHold() {
        IndexFixtures.load(kb.kb(), "map.ttl", IndexFixtures.MAP.replace("There are no coherence theorems", "Coherence theorems are absent")
                .replace("\"Dario Amodei\"", "\"D. Amodei-Renamed\""));
        assertEquals(0, kb.index().search(SearchQuery.of("\"no coherence theorems\"").withTypes("claim")).hits().stream()
                .filter(h -> h.label().equals("There are no coherence theorems")).count());
        assertEquals("Coherence theorems are absent", kb.index().search(SearchQuery.of("absent")).hits().get(0).label());
        assertTrue(ids(kb.index().search(SearchQuery.of("Amodei-Renamed"))).contains("statement/geniuses"));
        assertEquals(11, kb.index().size());
    }

    @Test
    void aSuggestionWhoseLabelStartsWithOrContainsWhatWasTypedComesBeforeOneThatOnlyMatchesWordsApart() {
        IndexFixtures.load(kb.kb(), "metr.ttl", IndexFixtures.PREFIXES + """
                <https://w3id.org/cruxmap/id/statement/metr> a cm:Statement, cm:Evidence ; rdfs:label "METR task-length doubling" ; cm:status cm:verified .
                """);
        assertEquals("statement/metr", kb.index().suggest("METR", 5).get(0).id(), "not 'The variance metric ...'");
        assertEquals("statement/metr", kb.index().suggest("metr", 5).get(0).id());
        assertEquals("statement/rock", kb.index().suggest("variance m", 5).get(0).id(), "'variance metric' before 'variance share measure'");
        assertEquals(List.of(0, 1, 2, 3), List.of(Suggestions.closeness("metr task", "metr"), Suggestions.closeness("the metr task", "metr"),
                Suggestions.closeness("the hot mess", "hot m"), Suggestions.closeness("variance share measure", "variance m")));
    }

    @Test
    void suggestionsCompleteAnyWordOfALabelAndForgetRemovedNodes() {
        List<Suggestion> s = kb.index().suggest("genius", 5);
        assertEquals("statement/geniuses", s.get(0).id());
        assertEquals("claim", s.get(0).type());
        assertTrue(kb.index().suggest("coher", 10).stream().anyMatch(x -> x.id().equals("statement/theorems")));
        kb.kb().removeGraph(org.cruxmap.server.store.GraphRecord.graphFor("map.ttl"));
        assertEquals(List.of(), kb.index().suggest("genius", 5));
    }

    @Test
    void aRawWriteWithUnknownGraphsReindexesEverything() {
        kb.kb().write(ds -> ds.getNamedModel("https://w3id.org/cruxmap/graph/map.ttl").removeAll(
                ds.getNamedModel("https://w3id.org/cruxmap/graph/map.ttl").createResource("https://w3id.org/cruxmap/id/statement/rock"), null, null));
        assertEquals(0, kb.index().search(SearchQuery.of("rock")).total());
        assertEquals(kb.kb().store().changeCounter(), kb.index().indexedCounter());
    }
}
