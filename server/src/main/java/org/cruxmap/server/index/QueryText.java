package org.cruxmap.server.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/**
 * The user's query text as a Lucene query over the weighted fields. Lucene syntax (phrases,
 * prefixes, AND/OR/NOT, field:value) is honoured; text that does not parse (an unbalanced quote, a
 * lone AND, a bare wildcard, a field the index does not have, as in {@code arXiv:2601.23045}) is
 * searched as its plain words instead (a word ending in {@code *} stays a prefix), and never raises.
 * A query of only exclusions ({@code -rock}, {@code NOT rock}) lists everything else. A stop word
 * outside quotes adds to the score of what the other words match but matches nothing by itself, so
 * "country of geniuses" finds what mentions a country or geniuses, not everything with "of".
 */
final class QueryText {
    /** How the text was understood: the query, and whether it had to fall back to plain words. */
    record Parsed(Query query, boolean fallback, boolean quoted) {
        Parsed(Query query, boolean fallback) { this(query, fallback, false); }
    }

    /** Plain words searched at most: each is a clause per weighted field, and Lucene allows 1,024 clauses in all. */
    static final int MAX_PLAIN_WORDS = org.apache.lucene.search.IndexSearcher.getMaxClauseCount() / Fields.BOOSTS.size() - 2;

    /** The weighted text fields, searched by words without a field name. */
    private static final String[] WEIGHTED = Fields.BOOSTS.keySet().toArray(String[]::new);
    /** Fields a query may name: the weighted text fields and the keyword ones. */
    private static final Set<String> FIELDS = fields();
    private static final CharArraySet STOP_WORDS = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    private final Analyzer analyzer;

    QueryText(Analyzer analyzer) { this.analyzer = analyzer; }

    Parsed parse(String text) { return parse(text, true); }

    /**
     * The query with quoted text matched loosely too (in the stemmed fields: other word forms, stop
     * words skipped), for when its exact wording matched nothing; empty when nothing is quoted.
     * {@code exact} is what {@link #parse} made of the same text.
     */
    Optional<Query> looseQuotes(String text, Parsed exact) {
        if (exact.fallback() || !exact.quoted()) return Optional.empty(); // the loose parse would be the same
        Query loose = parse(text, false).query();
        // the same clauses but for their weights (a quoted stop word, which only the twins hold) match nothing new
        return Twins.weightless(loose).equals(Twins.weightless(exact.query())) ? Optional.empty() : Optional.of(loose);
    }

    private Parsed parse(String text, boolean exactQuotes) {
        String t = straightQuotes(text == null ? "" : text).strip();
        if (t.isEmpty() || t.equals("*") || t.equals("*:*")) return new Parsed(new MatchAllDocsQuery(), false);
        try {
            boolean[] quoted = {false};
            Query q = parser(exactQuotes, quoted).parse(t);
            if (q != null && !namesKnownFieldsOnly(q)) return plainWords(t); // arXiv:2601.23045
            if (q == null) return new Parsed(new MatchNoDocsQuery("only stop words"), false);
            return new Parsed(refine(q), false, quoted[0]);
        } catch (ParseException | RuntimeException e) {
            return plainWords(t);
        }
    }

    /** Typographic double quotes (pasted from a page or a word processor) as the plain ones the syntax uses. */
    static String straightQuotes(String text) {
        return DOUBLE_QUOTES.matcher(text).replaceAll("\"");
    }

    private static final java.util.regex.Pattern DOUBLE_QUOTES = java.util.regex.Pattern.compile("[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\uFF02]");

    /** True when the query ranks nothing: everything, or everything but some exclusions (listed in label order). */
    static boolean browses(Query q) {
        if (q instanceof MatchAllDocsQuery) return true;
        if (!(q instanceof BooleanQuery bq)) return false;
        for (BooleanClause c : bq.clauses()) {
            if (c.getOccur() != BooleanClause.Occur.MUST_NOT && !(c.getQuery() instanceof MatchAllDocsQuery)) return false;
        }
        return true;
    }

    /** Stop words made to count only beside other words, and a query of exclusions only made to exclude from everything. */
    private static Query refine(Query q) {
        Query out = contentWordsRequired(q);
        if (out instanceof BooleanQuery bq && !bq.clauses().isEmpty()
                && bq.clauses().stream().allMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT)) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
            for (BooleanClause c : bq.clauses()) b.add(c);
            return b.build();
        }
        return out;
    }

    /**
     * A query of optional words, some of them stop words (which only the unstemmed fields keep), as
     * one that requires at least one of the other words and lets the stop words add to the score: the
     * ranking of what matches stays (the exact "There are no coherence theorems" still gains from
     * "no"), but a stop word alone no longer makes a match.
     */
    private static Query contentWordsRequired(Query q) {
        if (!(q instanceof BooleanQuery bq) || bq.getMinimumNumberShouldMatch() > 0) return q;
        List<BooleanClause> content = new ArrayList<>();
        List<BooleanClause> stops = new ArrayList<>();
        List<BooleanClause> others = new ArrayList<>();
        for (BooleanClause c : bq.clauses()) {
            if (c.getOccur() == BooleanClause.Occur.MUST) return q; // required words already decide the matches
            if (c.getOccur() != BooleanClause.Occur.SHOULD) others.add(c);
            else (onlyStopWords(c.getQuery()) ? stops : content).add(c);
        }
        if (stops.isEmpty() || content.isEmpty()) return q;
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (BooleanClause c : content) any.add(c);
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(any.build(), BooleanClause.Occur.MUST);
        for (BooleanClause c : stops) b.add(c);
        for (BooleanClause c : others) b.add(c);
        return b.build();
    }

    /** True when every term of the query is a stop word in a field that keeps them (the unstemmed twins, tags, holders). */
    private static boolean onlyStopWords(Query q) {
        if (q instanceof BoostQuery b) return onlyStopWords(b.getQuery());
        if (q instanceof TermQuery t) {
            return Fields.unstemmed(t.getTerm().field()) && STOP_WORDS.contains(t.getTerm().text());
        }
        if (q instanceof BooleanQuery bq) {
            return !bq.clauses().isEmpty() && bq.clauses().stream().allMatch(c -> onlyStopWords(c.getQuery()));
        }
        return false; // phrases, prefixes, ranges
    }

    /**
     * The words of the text, split at white space and colons, escaped and lower-cased (so AND, OR and NOT are
     * words, not operators); a word ending in one {@code *} after two letters or digits stays a prefix.
     */
    private Parsed plainWords(String t) {
        List<String> words = new ArrayList<>();
        for (String w : t.strip().split("[\\s:]+")) { // a colon too: "arXiv:2601.23045" is two words
            if (words.size() == MAX_PLAIN_WORDS) break; // a pasted page: its start, within Lucene's clause limit
            String lower = w.toLowerCase(Locale.ROOT);
            String stem = lower.endsWith("*") ? lower.substring(0, lower.length() - 1).replaceAll("[^\\p{L}\\p{N}]", "") : "";
            if (stem.length() >= 2) words.add(stem + "*");
            else if (!lower.isBlank()) words.add(QueryParser.escape(lower));
        }
        if (words.isEmpty()) return new Parsed(new MatchNoDocsQuery("no words to search for"), true);
        try {
            Query q = parser(true, new boolean[1]).parse(String.join(" ", words));
            if (q == null) return new Parsed(new MatchNoDocsQuery("only stop words"), true);
            return new Parsed(refine(q), true);
        } catch (ParseException | RuntimeException e) {
            return new Parsed(new MatchNoDocsQuery("unsearchable text"), true);
        }
    }

    /**
     * The parser over the weighted fields. With {@code exactQuotes}, quoted text ("country of
     * geniuses", or one quoted word) is matched in the unstemmed twins instead of the stemmed fields
     * they mirror: its exact wording, stop words included. Fields without a twin keep their clause.
     * {@code quoted} is set when the text quotes something.
     */
    private MultiFieldQueryParser parser(boolean exactQuotes, boolean[] quoted) {
        MultiFieldQueryParser p = new MultiFieldQueryParser(WEIGHTED, analyzer, Fields.BOOSTS) {
            @Override
            protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
                Query q = super.getFieldQuery(field, queryText, slop); // quoted text, with or without ~slop
                quoted[0] |= field == null;
                return exactQuotes && field == null ? Twins.exactOnly(q) : q;
            }
        };
        p.setDefaultOperator(QueryParser.Operator.OR);
        p.setAllowLeadingWildcard(false);
        p.setSplitOnWhitespace(true);
        p.setAutoGeneratePhraseQueries(false);
        return p;
    }

    /**
     * The query with each of its words in a text field allowed one edit (from four letters) or two
     * (from seven), for when nothing matched it as typed: the same clauses, fields and exclusions;
     * excluded words, stop words, phrases and prefixes stay as typed. Empty when no word could widen,
     * or when the query has more words than a person types with typos in them (each widened word
     * costs an automaton per field: a pasted paragraph that matched nothing is not guessed at).
     */
    static Optional<Query> closeSpellings(Query parsed) {
        int[] widened = {0};
        Query q = widen(parsed, widened, false);
        return widened[0] > 0 && widened[0] <= MAX_WIDENED ? Optional.of(q) : Optional.empty();
    }

    /** At most this many fuzzy terms (words times the fields each is searched in) for close spellings. */
    private static final int MAX_WIDENED = 80;

    private static Query widen(Query q, int[] widened, boolean excluded) {
        if (q instanceof BoostQuery b) return new BoostQuery(widen(b.getQuery(), widened, excluded), b.getBoost());
        if (q instanceof BooleanQuery bq) {
            BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
            for (BooleanClause c : bq.clauses()) {
                b.add(widen(c.getQuery(), widened, excluded || c.getOccur() == BooleanClause.Occur.MUST_NOT), c.getOccur());
            }
            return b.build();
        }
        if (q instanceof TermQuery t && !excluded) {
            String word = t.getTerm().text();
            int letters = word.codePointCount(0, word.length());
            if (letters >= 4 && letters <= 30 && Fields.BOOSTS.containsKey(t.getTerm().field()) && !STOP_WORDS.contains(word)) {
                widened[0]++;
                return new FuzzyQuery(t.getTerm(), letters >= 7 ? 2 : 1);
            }
        }
        return q;
    }

    /** The text as plain words only, for when a parsed query proves unsearchable (too many expansions). */
    Query plain(String text) { return plainWords(text == null ? "" : text).query(); }

    private static Set<String> fields() {
        Set<String> s = new java.util.HashSet<>(Fields.BOOSTS.keySet());
        s.addAll(List.of(Fields.ID, Fields.IRI, Fields.TYPE, Fields.STATUS, Fields.GRAPH));
        return Set.copyOf(s);
    }

    /** The fields the query names, the ones the index has or not. */
    private static boolean namesKnownFieldsOnly(Query q) {
        boolean[] known = {true};
        q.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                known[0] &= FIELDS.contains(field);
                return false;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) { return this; }
        });
        return known[0];
    }
}
