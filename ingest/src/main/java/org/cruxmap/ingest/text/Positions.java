package org.cruxmap.ingest.text;

/** Line and column (1-based, columns in code points) of offsets in LF-normalised text. */
public final class Positions {
    private Positions() {}

    /** The position just after the last character of the text: where the next character would go. */
    public static int[] endOf(String text) { return of(text, text.length()); }

    /** The position of the UTF-16 index {@code index} in the text. */
    public static int[] of(String text, int index) {
        int line = 1;
        int col = 1;
        int end = Math.min(index, text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
                col = 1;
            } else if (!Character.isLowSurrogate(c)) {
                col++;
            }
        }
        return new int[] {line, col};
    }
}
