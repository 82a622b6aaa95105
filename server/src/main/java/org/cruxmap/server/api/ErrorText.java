package org.cruxmap.server.api;

import java.util.regex.Pattern;

/** Error text fit for a client: library messages lose the Java exception class names they carry. */
final class ErrorText {
    /** A qualified or simple Java exception or error class name, with the colon that follows it. */
    private static final Pattern CLASS_NAME = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)*[A-Z][A-Za-z0-9_$]*(?:Exception|Error)\\b:?\\s*");
    /** A stack frame line, should a library have put one into its message. */
    private static final Pattern FRAME = Pattern.compile("\\s*\\bat [\\w.$]+\\([^)]*\\)");

    private ErrorText() {}

    static String clean(String text) {
        if (text == null) return null;
        String out = FRAME.matcher(text).replaceAll("");
        out = CLASS_NAME.matcher(out).replaceAll("").strip();
        return out.isEmpty() ? "no detail" : out;
    }
}
