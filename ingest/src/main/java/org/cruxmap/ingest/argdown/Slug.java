package org.cruxmap.ingest.argdown;

import java.util.Locale;

/** The slug of the Argdown conventions: lower case, runs of other than a-z0-9 become one '-', trimmed of '-'. */
public final class Slug {
    private Slug() {}

    /** The slug of a title or id, used in instance IRIs. */
    public static String of(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean dash = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && out.length() > 0) out.append('-');
                out.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        return out.length() == 0 ? "x" : out.toString();
    }
}
