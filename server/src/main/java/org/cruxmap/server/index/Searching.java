package org.cruxmap.server.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.cruxmap.server.graph.TextCut;

/** One search over one point-in-time searcher: query, filters, facets, page, highlights. */
public final class Searching {
    /** Values listed per facet. */
    static final int FACET_VALUES = 50;
    /** Characters of a hit's text returned (long source texts are cut). */
    static final int TEXT_CHARS = 1000;

    /** A node IRI and its score. */
    public record Match(String iri, String id, double score) {}

    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final FacetsConfig facets;
    private final QueryText queryText;
    private final Executor helpers;

    /** A search over one searcher; {@code helpers} count the matches and highlight half the page beside it. */
    Searching(IndexSearcher searcher, Analyzer analyzer, FacetsConfig facets, Executor helpers) {
        this.searcher = searcher;
        this.helpers = helpers;
        this.analyzer = analyzer;
        this.facets = facets;
        this.queryText = new QueryText(analyzer);
    }

    SearchResult run(SearchQuery sq) throws IOException {
        knownFilterValues(sq);
        QueryText.Parsed parsed = queryText.parse(sq.q());
        SearchResult exact;
        Query ran = parsed.query();
        try {
            exact = run(sq, ran);
        } catch (RuntimeException unsearchable) {
            // too many expansions, or a field searched in a way it was not indexed for (a phrase on id:)
            ran = queryText.plain(sq.q());
            exact = run(sq, ran);
        }
        // Widened only when nothing matched the words themselves: an empty answer the filters explain
        // stands, but one whose words match nothing even unfiltered (a facet chosen on an approximate
        // answer) is widened under the same filters.
        if (exact.total() > 0 || QueryText.browses(parsed.query()) || (filtered(sq) && searcher.count(ran) > 0)) return exact;
        // Wider and wider: quoted text in other word forms ("selection theorem" finds "selection
        // theorems"), then the words within a typo or two. The first that matches is the answer.
        List<Supplier<Optional<Query>>> wider = List.of(() -> queryText.looseQuotes(sq.q(), parsed), () -> QueryText.closeSpellings(parsed.query()));
        for (Supplier<Optional<Query>> next : wider) {
            Optional<Query> q = next.get();
            if (q.isEmpty()) continue;
            try {
                SearchResult approximate = run(sq, q.get());
                if (approximate.total() > 0) return approximate.approximated();
            } catch (RuntimeException tooComplex) {
                // a fuzzy automaton too large for a long word: the next, or the answer as typed, stands
            }
        }
        return exact;
    }

    private SearchResult run(SearchQuery sq, Query base) throws IOException {
        DrillDownQuery ddq = new DrillDownQuery(facets, base);
        addFilter(ddq, "type", expandTypes(sq.types()), "");
        addFilter(ddq, "status", sq.statuses(), "");
        addFilter(ddq, "tag", sq.tags(), "");
        addFilter(ddq, "holder", sq.holders(), "person/");
        addFilter(ddq, "source", sq.sources(), "source/");
        int wanted = sq.offset() + sq.limit();
        boolean browse = QueryText.browses(base);
        Sort sort = browse ? new Sort(new SortField(Fields.LABEL_SORT, SortField.Type.STRING), SortField.FIELD_DOC) : null;
        FacetedSearcher fs = (FacetedSearcher) searcher;
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        if (fs.facetState == null) {
            TopDocs top = searcher.search(ddq, hitsManager(sort, wanted));
            for (String dim : Fields.FACETS) counts.put(dim, Map.of());
            return new SearchResult(top.totalHits.value, page(sq, base, top), counts);
        }
        if (filtered(sq)) {
            DrillSideways ds = new DrillSideways(searcher, facets, fs.facetState);
            DrillSideways.ConcurrentDrillSidewaysResult<TopDocs> r = ds.search(ddq, hitsManager(sort, wanted));
            for (String dim : Fields.FACETS) counts.put(dim, counts(r.facets, dim));
            return new SearchResult(r.collectorResult.totalHits.value, page(sq, base, r.collectorResult), counts);
        }
        // No filter, so no drill-sideways. The page is collected with skipping (block-max WAND passes
        // over documents that cannot reach it); the counts and the total come from a second pass that
        // only matches, without scoring, and adds up the facet ordinals decoded at refresh. Measured
        // at 100,000 statements this beats one exhaustive scoring pass feeding both collectors. The
        // second pass runs in chunks on helper threads while this one collects, reads and highlights
        // the page, then takes any chunk still waiting.
        // Counting needs no word's unstemmed twin: its stemmed field matches all the twin does (Twins).
        FacetOrdinals.Counting counting = fs.ordinals.count(searcher, Twins.prune(base, analyzer), helpers);
        List<SearchHit> hits;
        try {
            hits = page(sq, base, searcher.search(base, topManager(sort, wanted)));
        } catch (IOException | RuntimeException | Error e) {
            counting.settle();
            throw e;
        }
        FacetOrdinals.Tally tally = counting.join();
        for (String dim : Fields.FACETS) counts.put(dim, fs.ordinals.top(tally, dim, FACET_VALUES));
        return new SearchResult(tally.total(), hits, counts);
    }

    /**
     * The hits of the page asked for, with their stored fields and highlights. On a page of four hits
     * or more to highlight, a helper reads and highlights the second half while this thread does the first.
     */
    private List<SearchHit> page(SearchQuery sq, Query base, TopDocs top) throws IOException {
        ScoreDoc[] all = top.scoreDocs;
        int from = Math.min(sq.offset(), all.length);
        int to = Math.min(all.length, sq.offset() + sq.limit());
        if (to - from < 4 || QueryText.browses(base)) return render(Arrays.copyOfRange(all, from, to), base);
        int half = from + (to - from) / 2;
        SideTask<List<SearchHit>> second = SideTask.start(helpers, () -> render(Arrays.copyOfRange(all, half, to), base));
        List<SearchHit> hits;
        try {
            hits = new ArrayList<>(render(Arrays.copyOfRange(all, from, half), base));
        } catch (IOException | RuntimeException | Error e) {
            second.settle();
            throw e;
        }
        hits.addAll(second.join());
        return hits;
    }

    /** Some hits, in order, with their stored fields and highlights. */
    private List<SearchHit> render(ScoreDoc[] page, Query base) throws IOException {
        Map<Integer, Document> docs = load(page);
        String[] highlights = page.length == 0 || QueryText.browses(base) ? new String[page.length]
                : PageHighlighter.of(searcher, analyzer, docs).highlight(base, Arrays.stream(page).mapToInt(sd -> sd.doc).toArray());
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document d = docs.get(page[i].doc);
            String text = Documents.stored(d, Fields.TEXT);
            String highlight = highlights[i] != null ? highlights[i] : plainSnippet(d);
            text = TextCut.cut(text, TEXT_CHARS);
            double score = Float.isNaN(page[i].score) ? 0 : page[i].score;
            hits.add(new SearchHit(d.get(Fields.ID), d.get(Fields.TYPE), Documents.stored(d, Fields.LABEL), text,
                    Math.round(score * 10000) / 10000.0, highlight, d.get(Fields.STATUS)));
        }
        return hits;
    }

    /** IRIs matching the text, best first (no filters, no highlights). */
    List<Match> matches(String q, int limit) throws IOException {
        Query query = queryText.parse(q).query();
        TopDocs top;
        try {
            top = searcher.search(query, Math.max(1, limit));
        } catch (RuntimeException unsearchable) {
            top = searcher.search(queryText.plain(q), Math.max(1, limit));
        }
        StoredFields stored = searcher.storedFields();
        List<Match> out = new ArrayList<>();
        for (ScoreDoc sd : top.scoreDocs) {
            Document d = stored.document(sd.doc, Set.of(Fields.IRI, Fields.ID));
            out.add(new Match(d.get(Fields.IRI), d.get(Fields.ID), sd.score));
        }
        return out;
    }

    /** Collects the first {@code wanted} hits by score, or by label when browsing, counting every match exactly. */
    @SuppressWarnings("unchecked")
    private static CollectorManager<?, TopDocs> hitsManager(Sort sort, int wanted) {
        CollectorManager<?, ? extends TopDocs> m = sort == null
                ? new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE, false)
                : new TopFieldCollectorManager(sort, wanted, null, Integer.MAX_VALUE, false);
        return (CollectorManager<?, TopDocs>) m;
    }

    /** Collects the first {@code wanted} hits and may skip the rest: their count comes from elsewhere. */
    @SuppressWarnings("unchecked")
    private static CollectorManager<?, TopDocs> topManager(Sort sort, int wanted) {
        CollectorManager<?, ? extends TopDocs> m = sort == null
                ? new TopScoreDocCollectorManager(wanted, null, wanted, false)
                : new TopFieldCollectorManager(sort, wanted, null, wanted, false);
        return (CollectorManager<?, TopDocs>) m;
    }

    /**
     * Refuses a tag, holder or source filter that no node carries (a name given for a key: "Rohin
     * Shah" for rohin-shah), which would quietly match nothing: an {@link UnknownFilterValue} naming
     * it, with the key it most likely meant when there is one.
     */
    private void knownFilterValues(SearchQuery sq) throws IOException {
        FacetedSearcher fs = (FacetedSearcher) searcher;
        if (fs.facetState == null) return;
        org.apache.lucene.index.SortedSetDocValues values = fs.facetState.getDocValues();
        String[][] filters = {{"tag", ""}, {"holder", "person/"}, {"source", "source/"}};
        List<List<String>> given = List.of(sq.tags(), sq.holders(), sq.sources());
        for (int f = 0; f < filters.length; f++) {
            String dim = filters[f][0], prefix = filters[f][1];
            for (String v : given.get(f)) {
                String key = !prefix.isEmpty() && v.startsWith(prefix) ? v.substring(prefix.length()) : v;
                if (carried(values, dim, key)) continue;
                String slug = key.isBlank() ? key : org.cruxmap.ingest.text.Slug.of(key); // "Rohin Shah" as keys are made: rohin-shah
                String hint = !slug.equals(key) && carried(values, dim, slug) ? "; did you mean " + slug + "?"
                        : dim.equals("tag") ? "" : "; give a " + (dim.equals("holder") ? "person" : "source") + "'s key, as the " + dim + " facet lists them";
                throw new UnknownFilterValue(dim, "no node has " + dim + " '" + v + "'" + hint);
            }
        }
    }

    private static boolean carried(org.apache.lucene.index.SortedSetDocValues values, String dim, String key) throws IOException {
        if (key.isEmpty()) return false; // no facet value is empty (and FacetsConfig refuses an empty path component)
        return values.lookupTerm(new org.apache.lucene.util.BytesRef(FacetsConfig.pathToString(dim, new String[] {key}))) >= 0;
    }

    /** A filter value no node carries; {@link #dimension} names the filter. */
    public static final class UnknownFilterValue extends IllegalArgumentException {
        public final String dimension;

        UnknownFilterValue(String dimension, String message) {
            super(message);
            this.dimension = dimension;
        }
    }

    private static boolean filtered(SearchQuery sq) {
        return !(sq.types().isEmpty() && sq.statuses().isEmpty() && sq.tags().isEmpty() && sq.holders().isEmpty() && sq.sources().isEmpty());
    }

    private static List<String> expandTypes(List<String> types) {
        List<String> out = new ArrayList<>();
        for (String t : types) {
            if (t.equals("statement")) out.addAll(List.of("statement", "claim", "crux", "evidence"));
            else out.add(t);
        }
        return out;
    }

    private static void addFilter(DrillDownQuery q, String dim, List<String> values, String prefix) {
        if (values.isEmpty()) return;
        for (String v : values) q.add(dim, v.startsWith(prefix) && !prefix.isEmpty() ? v.substring(prefix.length()) : v);
    }

    private static Map<String, Long> counts(Facets f, String dim) throws IOException {
        Map<String, Long> m = new LinkedHashMap<>();
        FacetResult r;
        try {
            r = f.getTopChildren(FACET_VALUES, dim);
        } catch (IllegalArgumentException notIndexedYet) {
            return m;
        }
        if (r == null) return m;
        for (LabelAndValue lv : r.labelValues) m.put(lv.label, lv.value.longValue());
        return m;
    }

    /** The stored documents of a page, read in doc id order (stored fields are compressed in blocks of neighbouring docs). */
    private Map<Integer, Document> load(ScoreDoc[] page) throws IOException {
        int[] ids = Arrays.stream(page).mapToInt(sd -> sd.doc).sorted().toArray();
        StoredFields stored = searcher.storedFields();
        Map<Integer, Document> out = new HashMap<>();
        for (int id : ids) out.put(id, stored.document(id));
        return out;
    }

    /** The escaped start of the text or label, for a hit with no highlighted match. */
    private static String plainSnippet(Document d) {
        String plain = Documents.stored(d, Fields.TEXT);
        if (plain.isEmpty()) plain = Documents.stored(d, Fields.NOTES); // a source without stored text: its notes, not its title again
        if (plain.isEmpty()) plain = Documents.stored(d, Fields.LABEL);
        return Html.escape(TextCut.cut(plain, 240));
    }
}
