package org.cruxmap.server.generate;

/**
 * A quote anchored in its source's full text: the exact words, where they start and end (code
 * points), and up to 32 code points before and after, as the Argdown reader resolves them.
 */
record Quote(String exact, int start, int end, String prefix, String suffix) {
    static final int CONTEXT = 32;

    /** Anchors the exact words in the text, or null when they are absent or occur more than once. */
    static Quote anchor(String text, String exact) {
        int at = text.indexOf(exact);
        if (exact.isEmpty() || at < 0 || text.indexOf(exact, at + 1) >= 0) return null;
        int start = text.codePointCount(0, at);
        int end = start + exact.codePointCount(0, exact.length());
        int prefixFrom = text.offsetByCodePoints(at, -Math.min(CONTEXT, start));
        int endChar = at + exact.length();
        int suffixTo = text.offsetByCodePoints(endChar, Math.min(CONTEXT, text.codePointCount(endChar, text.length())));
        return new Quote(exact, start, end, text.substring(prefixFrom, at), text.substring(endChar, suffixTo));
    }
}
