package org.cruxmap.server.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Which of a field and its unstemmed twin a word or phrase is searched in. Unquoted words are
 * ranked by both (the exact form earns a little more) but counted without the twin ({@link #prune}):
 * the stemmed analysis is a function of the folded form the twin indexes
 * ({@link Fields#stemmedAnalyzer()}), so a document the twin clause matches is matched by its
 * stemmed counterpart too, and leaving it out of the counting pass loses no match. A twin stays
 * where it has no such counterpart: a stop word (only the twins keep them), a prefix, or a twin
 * field named in the query without its stemmed field for the same word. Quoted text is searched as
 * written, in the twins alone ({@link #exactOnly}): the unstemmed field is for exact phrases.
 */
final class Twins {
    private Twins() {}

    /** The query with the twins of its words and phrases left out where their stemmed form is searched beside them. */
    static Query prune(Query q, Analyzer analyzer) {
        if (q instanceof BoostQuery b) return new BoostQuery(prune(b.getQuery(), analyzer), b.getBoost());
        if (!(q instanceof BooleanQuery bq)) return q;
        BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
        for (BooleanClause c : bq.clauses()) {
            if (c.getOccur() == BooleanClause.Occur.SHOULD && redundant(unboosted(c.getQuery()), bq, analyzer)) continue;
            out.add(prune(c.getQuery(), analyzer), c.getOccur());
        }
        return out.build();
    }

    /**
     * A quoted text's clauses (one per field) with the stemmed fields left out, so the words are
     * matched as written: the twins (each weighted as the field it stands in for), tags and names.
     * Source titles and notes, indexed stemmed only, are not searched by quoted text.
     */
    static Query exactOnly(Query q) {
        if (!(q instanceof BooleanQuery bq)) return q;
        BooleanQuery.Builder out = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
        int kept = 0;
        for (BooleanClause c : bq.clauses()) {
            String f = field(unboosted(c.getQuery()));
            if (c.getOccur() == BooleanClause.Occur.SHOULD && f != null && !Fields.unstemmed(f)) continue;
            boolean twin = f != null && f.endsWith(Fields.EXACT) && c.getOccur() == BooleanClause.Occur.SHOULD;
            // the twin stands in for its field, with that field's weight (label above text above quotes)
            out.add(twin ? new BoostQuery(unboosted(c.getQuery()), Fields.BOOSTS.get(Fields.stemmedOf(f))) : c.getQuery(),
                    c.getOccur());
            kept++;
        }
        return kept == 0 ? q : out.build();
    }

    /** True when the clause is a twin's and a sibling optional clause searches its stemmed form in the twin's field. */
    private static boolean redundant(Query twin, BooleanQuery siblings, Analyzer analyzer) {
        String field = field(twin);
        if (field == null || !field.endsWith(Fields.EXACT)) return false;
        Query stemmed = stemmed(twin, Fields.stemmedOf(field), analyzer);
        if (stemmed == null) return false;
        for (BooleanClause c : siblings.clauses()) {
            if (c.getOccur() == BooleanClause.Occur.SHOULD && stemmed.equals(unboosted(c.getQuery()))) return true;
        }
        return false;
    }

    /** What the twin's query becomes in the stemmed field, or null when some word has no single stemmed form. */
    private static Query stemmed(Query twin, String field, Analyzer analyzer) {
        if (twin instanceof TermQuery t) {
            String s = single(analyzer, field, t.getTerm().text());
            return s == null ? null : new TermQuery(new Term(field, s));
        }
        if (twin instanceof BooleanQuery bq) { // one word the analyzer split ("post-training"), its parts optional
            BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
            for (BooleanClause c : bq.clauses()) {
                if (c.getOccur() != BooleanClause.Occur.SHOULD || !(c.getQuery() instanceof TermQuery t)) return null;
                String s = single(analyzer, field, t.getTerm().text());
                if (s == null) return null;
                b.add(new TermQuery(new Term(field, s)), BooleanClause.Occur.SHOULD);
            }
            return b.build();
        }
        if (twin instanceof PhraseQuery p) { // a stop word leaves a gap in the stemmed phrase, as at indexing
            PhraseQuery.Builder b = new PhraseQuery.Builder().setSlop(p.getSlop());
            Term[] terms = p.getTerms();
            int[] positions = p.getPositions();
            int kept = 0;
            for (int i = 0; i < terms.length; i++) {
                List<String> tokens = tokens(analyzer, field, terms[i].text());
                if (tokens.size() > 1) return null;
                if (tokens.isEmpty()) continue;
                b.add(new Term(field, tokens.get(0)), positions[i]);
                kept++;
            }
            return kept == 0 ? null : b.build();
        }
        return null;
    }

    private static String single(Analyzer analyzer, String field, String text) {
        List<String> tokens = tokens(analyzer, field, text);
        return tokens.size() == 1 ? tokens.get(0) : null;
    }

    /** The terms the analyzer makes of the text in the field, in order. */
    static List<String> tokens(Analyzer analyzer, String field, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static Query unboosted(Query q) {
        return q instanceof BoostQuery b ? unboosted(b.getQuery()) : q;
    }

    /** The query without any weights, at any depth: what it matches, not how it ranks. */
    static Query weightless(Query q) {
        Query u = unboosted(q);
        if (!(u instanceof BooleanQuery bq)) return u;
        BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
        for (BooleanClause c : bq.clauses()) b.add(weightless(c.getQuery()), c.getOccur());
        return b.build();
    }

    /** The one field a term, phrase or group of terms searches, or null. */
    private static String field(Query q) {
        if (q instanceof TermQuery t) return t.getTerm().field();
        if (q instanceof PhraseQuery p) return p.getField();
        if (q instanceof BooleanQuery bq && !bq.clauses().isEmpty()) {
            String f = field(bq.clauses().get(0).getQuery());
            for (BooleanClause c : bq.clauses()) if (!Objects.equals(f, field(c.getQuery()))) return null;
            return f;
        }
        return null;
    }
}
