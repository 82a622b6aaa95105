package org.cruxmap.server.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.DrillSideways;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/** One search over one point-in-time searcher: query, filters, facets, page, highlights. */
final class Searching {
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

    Searching(IndexSearcher searcher, Analyzer analyzer, FacetsConfig facets) {
        this.searcher = searcher;
        this.analyzer = analyzer;
        this.facets = facets;
        this.queryText = new QueryText(analyzer);
    }

    SearchResult run(SearchQuery sq) throws IOException {
        QueryText.Parsed parsed = queryText.parse(sq.q());
        try {
            return run(sq, parsed.query());
        } catch (RuntimeException unsearchable) {
            // too many expansions, or a field searched in a way it was not indexed for (a phrase on id:)
            return run(sq, queryText.plain(sq.q()));
        }
    }

    private SearchResult run(SearchQuery sq, Query base) throws IOException {
        DrillDownQuery ddq = new DrillDownQuery(facets, base);
        addFilter(ddq, "type", expandTypes(sq.types()), "");
        addFilter(ddq, "status", sq.statuses(), "");
        addFilter(ddq, "tag", sq.tags(), "");
        addFilter(ddq, "holder", sq.holders(), "person/");
        addFilter(ddq, "source", sq.sources(), "source/");
        int wanted = sq.offset() + sq.limit();
        boolean browse = base instanceof MatchAllDocsQuery;
        Sort sort = browse ? new Sort(new SortField(Fields.LABEL_SORT, SortField.Type.STRING), SortField.FIELD_DOC) : null;
        TopDocs top;
        Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
        FacetedSearcher fs = (FacetedSearcher) searcher;
        if (fs.facetState == null) {
            top = sort == null ? searcher.search(ddq, wanted) : searcher.search(ddq, wanted, sort);
            for (String dim : Fields.FACETS) counts.put(dim, Map.of());
        } else {
            DrillSideways ds = new DrillSideways(searcher, facets, fs.facetState);
            DrillSideways.DrillSidewaysResult r = sort == null ? ds.search(ddq, wanted) : ds.search(ddq, null, null, wanted, sort, false);
            top = r.hits;
            for (String dim : Fields.FACETS) counts.put(dim, counts(r.facets, dim));
        }
        ScoreDoc[] all = top.scoreDocs;
        int from = Math.min(sq.offset(), all.length);
        int to = Math.min(all.length, sq.offset() + sq.limit());
        ScoreDoc[] page = java.util.Arrays.copyOfRange(all, from, to);
        Map<String, String[]> highlights = highlight(base, page);
        StoredFields stored = searcher.storedFields();
        List<SearchHit> hits = new ArrayList<>();
        for (int i = 0; i < page.length; i++) {
            Document d = stored.document(page[i].doc);
            String text = Documents.stored(d, Fields.TEXT);
            String highlight = pick(highlights, i, d);
            if (text.length() > TEXT_CHARS) text = text.substring(0, TEXT_CHARS) + "…";
            double score = Float.isNaN(page[i].score) ? 0 : page[i].score;
            hits.add(new SearchHit(d.get(Fields.ID), d.get(Fields.TYPE), Documents.stored(d, Fields.LABEL), text,
                    Math.round(score * 10000) / 10000.0, highlight));
        }
        long total = top.totalHits.relation == TotalHits.Relation.EQUAL_TO ? top.totalHits.value : searcher.count(ddq);
        return new SearchResult(total, hits, counts);
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

    private Map<String, String[]> highlight(Query q, ScoreDoc[] page) throws IOException {
        if (page.length == 0 || q instanceof MatchAllDocsQuery) return Map.of();
        UnifiedHighlighter uh = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withMaxLength(100_000)
                .withHighlightPhrasesStrictly(true)
                .withMaskedFieldsFunc(f -> switch (f) {
                    case Fields.LABEL, Fields.TEXT, Fields.QUOTE -> Set.of(f + Fields.EXACT);
                    default -> Set.of();
                })
                .build();
        TopDocs pageDocs = new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page);
        int[] passages = new int[Fields.HIGHLIGHTED.length];
        java.util.Arrays.fill(passages, 2);
        return uh.highlightFields(Fields.HIGHLIGHTED, q, pageDocs, passages);
    }

    /** The first highlighted field with a match, else the escaped start of the text or label. */
    private static String pick(Map<String, String[]> highlights, int i, Document d) {
        for (String f : Fields.HIGHLIGHTED) {
            String[] h = highlights.get(f);
            if (h != null && h[i] != null && h[i].contains("<mark>")) return h[i];
        }
        String plain = Documents.stored(d, Fields.TEXT);
        if (plain.isEmpty()) plain = Documents.stored(d, Fields.LABEL);
        if (plain.length() > 240) plain = plain.substring(0, 240) + "…";
        return Html.escape(plain);
    }
}
