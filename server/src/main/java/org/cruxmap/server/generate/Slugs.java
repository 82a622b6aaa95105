package org.cruxmap.server.generate;

import java.util.Locale;

/** The slug of docs/argdown-conventions.md: lower case, runs of other than a-z0-9 become one '-', trimmed. */
final class Slugs {
    private Slugs() {}

    static String of(String s) {
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
