package org.cruxmap.ingest.argdown;

/**
 * Where a piece of text next occurs from a position, remembered between calls so that scanning a
 * file is linear even when thousands of openers wait for the same closer.
 */
final class NextIndex {
    private final String text;
    private final String needle;
    private int from = -1;
    private int at = -2;

    NextIndex(String text, String needle) {
        this.text = text;
        this.needle = needle;
    }

    /** The first index at or after {@code x} where the needle starts (a line break when the needle is empty), or -1. */
    int from(int x) {
        if (from >= 0 && x >= from && (at == -1 || x <= at)) return at;
        from = x;
        at = needle.isEmpty() ? lineBreak(x) : text.indexOf(needle, x);
        return at;
    }

    private int lineBreak(int x) {
        for (int i = x; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') return i;
        }
        return -1;
    }
}
