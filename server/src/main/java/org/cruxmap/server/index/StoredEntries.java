package org.cruxmap.server.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/** What the index's stored fields say back: which nodes a graph holds, every label for the suggester, and whether a suggestion is still live. */
final class StoredEntries {
    private StoredEntries() {}

    /** The IRIs of the documents in any of these graphs. */
    static Set<String> irisInGraphs(IndexSearcher s, Set<String> graphs) throws IOException {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (String g : graphs) b.add(new TermQuery(new Term(Fields.GRAPH, g)), BooleanClause.Occur.SHOULD);
        TopDocs top = s.search(b.build(), Math.max(1, s.getIndexReader().maxDoc()));
        Set<String> out = new LinkedHashSet<>();
        StoredFields stored = s.storedFields();
        for (ScoreDoc sd : top.scoreDocs) out.add(stored.document(sd.doc, Set.of(Fields.IRI)).get(Fields.IRI));
        return out;
    }

    /** True for a suggestion whose node the searcher still holds, under the same label. */
    static java.util.function.Predicate<Suggestion> stillLabelled(IndexSearcher s) throws IOException {
        StoredFields stored = s.storedFields();
        return sug -> {
            try {
                TopDocs top = s.search(new TermQuery(new Term(Fields.ID, sug.id())), 1);
                return top.scoreDocs.length == 1
                        && sug.label().equals(stored.document(top.scoreDocs[0].doc, Set.of(Fields.LABEL)).get(Fields.LABEL));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    /** A suggestion entry for every live document with a label. */
    static List<Suggestions.Entry> labelled(IndexSearcher s) throws IOException {
        DirectoryReader reader = (DirectoryReader) s.getIndexReader();
        List<Suggestions.Entry> entries = new ArrayList<>(reader.numDocs());
        StoredFields stored = reader.storedFields();
        var live = org.apache.lucene.index.MultiBits.getLiveDocs(reader);
        Set<String> wanted = Set.of(Fields.ID, Fields.LABEL, Fields.TYPE);
        for (int i = 0; i < reader.maxDoc(); i++) {
            if (live != null && !live.get(i)) continue;
            Document d = stored.document(i, wanted);
            String label = d.get(Fields.LABEL);
            if (label != null && !label.isBlank()) entries.add(new Suggestions.Entry(d.get(Fields.ID), label, d.get(Fields.TYPE)));
        }
        return entries;
    }
}
