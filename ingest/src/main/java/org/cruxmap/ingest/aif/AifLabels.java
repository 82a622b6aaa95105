package org.cruxmap.ingest.aif;

import java.util.Locale;
import java.util.regex.Pattern;

/** How AIF texts become labels: short labels for statements, readable ones for generic S-nodes. */
public final class AifLabels {
    /** The longest label, in code points, before it is cut at a word and ended with an ellipsis. */
    public static final int MAX_LABEL = 80;
    private static final Pattern PLACEHOLDER_YA = Pattern.compile("YA(_[0-9a-fA-F]{8,})?");

    private AifLabels() {}

    /** The text itself when short, else cut at the last space before {@value #MAX_LABEL} code points, with "…". */
    public static String shorten(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.codePointCount(0, t.length()) <= MAX_LABEL) return t;
        int cut = t.offsetByCodePoints(0, MAX_LABEL - 1);
        int space = t.lastIndexOf(' ', cut);
        if (space > cut / 2) cut = space;
        return t.substring(0, cut).stripTrailing() + "…";
    }

    /** True for S-node texts that only name the node type: "RA", "CA", "Default Inference", empty. */
    public static boolean isGeneric(String text, AifDocument.Type type) {
        String t = text.strip();
        return t.isEmpty() || t.equalsIgnoreCase(type.name()) || t.toLowerCase(Locale.ROOT).startsWith("default ");
    }

    /** True for YA texts that name no illocution: "YA" and AraucariaDB's "YA_" plus a hash. */
    public static boolean isPlaceholderIllocution(String text) {
        return text.isBlank() || PLACEHOLDER_YA.matcher(text.strip()).matches();
    }

    /** The label of an argument whose RA text is generic: its scheme, if any, and its conclusion. */
    public static String argumentLabel(String scheme, String conclusionLabel) {
        String kind = scheme == null ? "Argument" : scheme + " argument";
        return kind + " for: " + conclusionLabel;
    }
}
