package org.cruxmap.server.index;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.facet.FacetsConfig;

/**
 * The index's fields, their analyzers and their weights. Every searchable text is indexed twice:
 * stemmed with English analysis (so "coherent" finds "coherence"), and unstemmed (so phrases keep
 * their stop words and exact wording, and prefixes match the words as written).
 */
final class Fields {
    private Fields() {}

    /** The node's short id (IRI after the instance base), stored and indexed as one term. */
    static final String ID = "id";
    /** The node's full IRI, stored and indexed as one term. */
    static final String IRI = "iri";
    /** claim, crux, evidence, statement, argument, source or person. */
    static final String TYPE = "type";
    /** verified, secondary or unverified. */
    static final String STATUS = "status";
    /** Each named graph the node has triples in, so a re-imported graph finds the documents it fed. */
    static final String GRAPH = "graph";
    /** The label, lower-cased and cut, for sorting when the query is blank. */
    static final String LABEL_SORT = "label_sort";

    static final String LABEL = "label";
    static final String TEXT = "text";
    static final String QUOTE = "quote";
    static final String TAG = "tag";
    static final String HOLDER = "holder";
    static final String SOURCE = "source";
    static final String NOTES = "notes";
    /** The suffix of a field's unstemmed twin. */
    static final String EXACT = "_exact";

    /** Facet dimensions, in the order the API lists them. */
    static final List<String> FACETS = List.of("type", "tag", "holder", "status", "source");

    /** Searched fields and their boosts: label above text above quotes; an unstemmed twin half its field's (quoted text takes the field's own). */
    static final Map<String, Float> BOOSTS = boosts();

    private static Map<String, Float> boosts() {
        Map<String, Float> m = new LinkedHashMap<>();
        m.put(LABEL, 4.0f);
        m.put(LABEL + EXACT, 2.0f);
        m.put(TEXT, 2.0f);
        m.put(TEXT + EXACT, 1.0f);
        m.put(QUOTE, 1.0f);
        m.put(QUOTE + EXACT, 0.5f);
        m.put(TAG, 1.5f);
        m.put(HOLDER, 1.0f);
        m.put(SOURCE, 0.6f);
        m.put(NOTES, 0.3f);
        return java.util.Collections.unmodifiableMap(m);
    }

    /** Fields whose stored text can be highlighted, in order of preference for a hit's snippet (a source title last, marked as such). */
    static final String[] HIGHLIGHTED = {TEXT, LABEL, QUOTE, NOTES, SOURCE};

    /** Lower case, ASCII folding, no stemming, no stop words: the unstemmed twin fields and tags. */
    static Analyzer exactAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                return new TokenStreamComponents(source, folded(source));
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return folded(in);
            }
        };
    }

    /** Lower case, accents folded: what both analyzers do first, and all they do to a prefix or fuzzy term. */
    private static TokenStream folded(TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(in));
    }

    /** The stemmed field an unstemmed twin mirrors ({@code text} for {@code text_exact}). */
    static String stemmedOf(String twin) {
        return twin.substring(0, twin.length() - EXACT.length());
    }

    /** True for the fields analyzed without stemming or stop words: the twins, tags and holders. */
    static boolean unstemmed(String field) {
        return field.endsWith(EXACT) || field.equals(TAG) || field.equals(HOLDER);
    }

    /** The analyzer for indexing and querying: English with stemming by default, exact for the twins and names. */
    static Analyzer analyzer() {
        Analyzer exact = exactAnalyzer();
        Map<String, Analyzer> per = new java.util.HashMap<>();
        for (String f : BOOSTS.keySet()) if (unstemmed(f)) per.put(f, exact);
        Analyzer keyword = new org.apache.lucene.analysis.core.KeywordAnalyzer();
        for (String f : List.of(ID, IRI, TYPE, STATUS, GRAPH)) per.put(f, keyword);
        return new PerFieldAnalyzerWrapper(stemmedAnalyzer(), per);
    }

    /** Words Porter's stemmer would merge with a different word ("news" with "new"): kept as they are. */
    private static final CharArraySet NOT_STEMMED = CharArraySet.unmodifiableSet(new CharArraySet(List.of("news"), false));

    /**
     * English analysis (possessives, stop words, Porter stemming but for {@link #NOT_STEMMED}) of the
     * lower-cased, ASCII-folded word: otherwise the same as {@link EnglishAnalyzer} on ASCII text, and a
     * function of exactly the form the unstemmed twins index, so a word found in a twin is also found,
     * stemmed, in its field.
     */
    static Analyzer stemmedAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream ts = new EnglishPossessiveFilter(folded(source));
                ts = new SetKeywordMarkerFilter(new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET), NOT_STEMMED);
                ts = new PorterStemFilter(ts);
                return new TokenStreamComponents(source, ts);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return folded(in);
            }
        };
    }

    /** The facet configuration: tags, holders and sources are multi-valued. */
    static FacetsConfig facetsConfig() {
        FacetsConfig c = new FacetsConfig();
        c.setMultiValued("tag", true);
        c.setMultiValued("holder", true);
        c.setMultiValued("source", true);
        return c;
    }
}
