package org.cruxmap.ingest.argdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** Argdown's shortcodes for logic symbols ({@code .A.} for the universal quantifier and so on). */
final class Shortcodes {
    private static final Properties CODES = new Properties();

    static {
        try (InputStream in = Shortcodes.class.getResourceAsStream("shortcodes.properties")) {
            CODES.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Shortcodes() {}

    /** The symbol a shortcode stands for, or null. */
    static String get(String code) { return CODES.getProperty(code); }
}
