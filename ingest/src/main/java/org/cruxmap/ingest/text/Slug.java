package org.cruxmap.ingest.text;

import java.text.Normalizer;
import java.util.Locale;

/** Slugs for IRIs: lower case, every run of characters other than a-z and 0-9 one '-', trimmed of '-'. */
public final class Slug {
    private Slug() {}

    /** The slug of a title or file name; accents are dropped first, so "Café" becomes "cafe". */
    public static String of(String s) {
        String ascii = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "untitled" : slug;
    }

    /** The file name without folders and without its last extension. */
    public static String baseName(String fileName) {
        String name = fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
