package org.cruxmap.server.graph;

/** Long texts shortened for display: cut at a word boundary, with an ellipsis. */
public final class TextCut {
    private TextCut() {}

    /** The text, or its start up to the last word boundary within {@code max} characters, with an ellipsis. */
    public static String cut(String text, int max) {
        if (text.length() <= max) return text;
        int end = max;
        while (end >= max / 2 && !Character.isWhitespace(text.charAt(end))) end--;
        if (end < max / 2) end = max; // no space in the second half: one very long word, cut it
        return text.substring(0, end).stripTrailing().replaceAll("[,;:]$", "") + "…";
    }
}
