package org.cruxmap.server.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;

/**
 * The user's query text as a Lucene query over the weighted fields. Lucene syntax (phrases,
 * prefixes, AND/OR/NOT, field:value) is honoured; text that does not parse (an unbalanced quote, a
 * lone AND, a bare wildcard) is searched as its plain words instead, and never raises.
 */
final class QueryText {
    /** How the text was understood: the query, and whether it had to fall back to plain words. */
    record Parsed(Query query, boolean fallback) {}

    private final Analyzer analyzer;

    QueryText(Analyzer analyzer) { this.analyzer = analyzer; }

    Parsed parse(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.equals("*") || t.equals("*:*")) return new Parsed(new MatchAllDocsQuery(), false);
        try {
            Query q = parser().parse(t);
            return new Parsed(q, false);
        } catch (ParseException | RuntimeException e) {
            return new Parsed(plainWords(t), true);
        }
    }

    /** The words of the text, escaped and lower-cased (so AND, OR and NOT are words, not operators). */
    private Query plainWords(String t) {
        List<String> words = new ArrayList<>();
        for (String w : t.split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) words.add(QueryParser.escape(w.toLowerCase(Locale.ROOT)));
        }
        if (words.isEmpty()) return new MatchNoDocsQuery("no words to search for");
        try {
            Query q = parser().parse(String.join(" ", words));
            return q == null ? new MatchNoDocsQuery("only stop words") : q;
        } catch (ParseException | RuntimeException e) {
            return new MatchNoDocsQuery("unsearchable text");
        }
    }

    private MultiFieldQueryParser parser() {
        String[] fields = Fields.BOOSTS.keySet().toArray(String[]::new);
        MultiFieldQueryParser p = new MultiFieldQueryParser(fields, analyzer, Fields.BOOSTS);
        p.setDefaultOperator(QueryParser.Operator.OR);
        p.setAllowLeadingWildcard(false);
        p.setSplitOnWhitespace(true);
        p.setAutoGeneratePhraseQueries(false);
        return p;
    }

    /** The text as plain words only, for when a parsed query proves unsearchable (too many expansions). */
    Query plain(String text) { return plainWords(text == null ? "" : text); }
}
