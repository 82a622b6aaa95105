package org.cruxmap.server.index;

import java.io.IOException;
import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/** Turns an indexed node into its Lucene document: searchable twins, stored fields for hits, facets. */
final class Documents {
    /** Analyzed, stored, with offsets in the postings so the highlighter need not re-analyze. */
    private static final FieldType STORED_TEXT = textType(true);
    /** Analyzed and not stored: the unstemmed twins, which the hit shows through their stored twin. */
    private static final FieldType TEXT_ONLY = textType(false);

    private Documents() {}

    private static FieldType textType(boolean stored) {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(stored);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    /** Combining marks, left apart from their letters by the NFD form. */
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");

    /**
     * Text as browsing sorts labels and suggestions compare them: lower case, accents dropped
     * ("Hägele" between "Hafner" and "Hazard").
     */
    static String sortKey(String text) {
        return MARKS.matcher(java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    static Document of(IndexedNode n, FacetsConfig facets) throws IOException {
        Document d = new Document();
        d.add(new StringField(Fields.ID, n.id(), Field.Store.YES));
        d.add(new StringField(Fields.IRI, n.iri(), Field.Store.YES));
        d.add(new StringField(Fields.TYPE, n.type(), Field.Store.YES));
        if (!n.status().isEmpty()) d.add(new StringField(Fields.STATUS, n.status(), Field.Store.YES));
        for (String g : n.graphs()) d.add(new StringField(Fields.GRAPH, g, Field.Store.NO));
        String sortKey = sortKey(n.label());
        d.add(new SortedDocValuesField(Fields.LABEL_SORT, new BytesRef(sortKey.length() > 200 ? sortKey.substring(0, 200) : sortKey)));

        twin(d, Fields.LABEL, n.label());
        twin(d, Fields.TEXT, n.text());
        for (String q : n.quotes()) twin(d, Fields.QUOTE, q);
        if (!n.notes().isEmpty()) d.add(new Field(Fields.NOTES, n.notes(), STORED_TEXT));
        for (String t : n.tags()) d.add(new Field(Fields.TAG, t, STORED_TEXT));
        for (IndexedNode.Named h : n.holders()) d.add(new Field(Fields.HOLDER, h.name() + " " + h.key(), TEXT_ONLY));
        for (IndexedNode.Named s : n.sources()) d.add(new Field(Fields.SOURCE, s.name(), STORED_TEXT)); // stored: a hit found by its source's title shows it

        d.add(new SortedSetDocValuesFacetField("type", n.type()));
        if (!n.status().isEmpty()) d.add(new SortedSetDocValuesFacetField("status", n.status()));
        for (String t : n.tags()) if (!t.isBlank()) d.add(new SortedSetDocValuesFacetField("tag", t));
        for (IndexedNode.Named h : n.holders()) d.add(new SortedSetDocValuesFacetField("holder", h.key()));
        for (IndexedNode.Named s : n.sources()) d.add(new SortedSetDocValuesFacetField("source", s.key()));
        return facets.build(d);
    }

    private static void twin(Document d, String field, String value) {
        if (value == null || value.isEmpty()) return;
        d.add(new Field(field, value, STORED_TEXT));
        d.add(new Field(field + Fields.EXACT, value, TEXT_ONLY));
    }

    /** Stored text of a hit's field, or empty. */
    static String stored(Document d, String field) {
        String v = d.get(field);
        return v == null ? "" : v;
    }

}
