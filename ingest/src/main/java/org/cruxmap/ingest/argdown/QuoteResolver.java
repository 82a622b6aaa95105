package org.cruxmap.ingest.argdown;

/**
 * Finds a quote in a source's full text and gives its Web Annotation selectors: start and end in
 * code points, and up to 32 code points of text before and after.
 */
final class QuoteResolver {
    static final int CONTEXT = 32;

    private QuoteResolver() {}

    /** Where a quote was found: code-point offsets and the text around it. */
    record Span(int start, int end, String prefix, String suffix) {}

    /** The outcome: a span, or why there is none. */
    record Outcome(Span span, String problem) {}

    static Outcome resolve(String fullText, String exact) {
        if (exact.isEmpty()) return new Outcome(null, "the quote is empty");
        int at = fullText.indexOf(exact);
        if (at < 0) return new Outcome(null, "the quote is not found in the source text");
        if (fullText.indexOf(exact, at + 1) >= 0) {
            return new Outcome(null, "the quote occurs more than once in the source text; quote more words to make it unique");
        }
        int startCp = fullText.codePointCount(0, at);
        int endCp = startCp + exact.codePointCount(0, exact.length());
        int prefixFrom = fullText.offsetByCodePoints(at, -Math.min(CONTEXT, startCp));
        int endChar = at + exact.length();
        int after = fullText.codePointCount(endChar, fullText.length());
        int suffixTo = fullText.offsetByCodePoints(endChar, Math.min(CONTEXT, after));
        return new Outcome(new Span(startCp, endCp, fullText.substring(prefixFrom, at), fullText.substring(endChar, suffixTo)), null);
    }
}
