package org.cruxmap.ingest.aif;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * A strict JSON parser (RFC 8259) that keeps each value's line and column, because the AIF reader
 * must point at the node or edge that is wrong. Nesting deeper than {@value #MAX_DEPTH} is an
 * error rather than a stack overflow. Columns count code points.
 */
public final class JsonParser {
    /** The deepest nesting of arrays and objects accepted. */
    public static final int MAX_DEPTH = 256;

    /** Thrown inside the parser only, turned into a diagnostic by {@link #parse}. */
    public static final class JsonSyntaxError extends Exception {
        private final int line;
        private final int column;

        JsonSyntaxError(String message, int line, int column) {
            super(message, null, false, false);
            this.line = line;
            this.column = column;
        }

        public int line() { return line; }
        public int column() { return column; }
    }

    private final String s;
    private int pos;
    private int line = 1;
    private int col = 1;

    private JsonParser(String text) { this.s = text; }

    /** Parses one JSON document; trailing content other than whitespace is an error. */
    public static JsonValue parse(String text) throws JsonSyntaxError {
        JsonParser p = new JsonParser(text);
        p.skipWhitespace();
        JsonValue v = p.value(0);
        p.skipWhitespace();
        if (p.pos < p.s.length()) throw p.error("unexpected " + p.describe() + " after the end of the JSON document");
        return v;
    }

    private JsonValue value(int depth) throws JsonSyntaxError {
        if (pos >= s.length()) throw error("unexpected end of input, expected a value");
        char c = s.charAt(pos);
        int l = line;
        int k = col;
        switch (c) {
            case '{': return object(depth + 1, l, k);
            case '[': return array(depth + 1, l, k);
            case '"': return new JsonValue.Str(string(), l, k);
            case 't': literal("true"); return new JsonValue.Bool(true, l, k);
            case 'f': literal("false"); return new JsonValue.Bool(false, l, k);
            case 'n': literal("null"); return new JsonValue.Null(l, k);
            default:
                if (c == '-' || (c >= '0' && c <= '9')) return new JsonValue.Num(number(), l, k);
                throw error("unexpected " + describe() + ", expected a value");
        }
    }

    private JsonValue.Obj object(int depth, int l, int k) throws JsonSyntaxError {
        if (depth > MAX_DEPTH) throw error("nesting deeper than " + MAX_DEPTH + " levels");
        advance();
        LinkedHashMap<String, JsonValue> members = new LinkedHashMap<>();
        skipWhitespace();
        if (peek() == '}') { advance(); return new JsonValue.Obj(members, l, k); }
        while (true) {
            skipWhitespace();
            if (peek() != '"') throw error("expected a member name in double quotes, found " + describe());
            String key = string();
            skipWhitespace();
            if (peek() != ':') throw error("expected ':' after member name \"" + key + "\", found " + describe());
            advance();
            skipWhitespace();
            members.put(key, value(depth));
            skipWhitespace();
            char c = peek();
            if (c == ',') { advance(); continue; }
            if (c == '}') { advance(); return new JsonValue.Obj(members, l, k); }
            throw error("expected ',' or '}' in the object opened at " + l + ":" + k + ", found " + describe());
        }
    }

    private JsonValue.Arr array(int depth, int l, int k) throws JsonSyntaxError {
        if (depth > MAX_DEPTH) throw error("nesting deeper than " + MAX_DEPTH + " levels");
        advance();
        List<JsonValue> items = new ArrayList<>();
        skipWhitespace();
        if (peek() == ']') { advance(); return new JsonValue.Arr(items, l, k); }
        while (true) {
            skipWhitespace();
            items.add(value(depth));
            skipWhitespace();
            char c = peek();
            if (c == ',') { advance(); continue; }
            if (c == ']') { advance(); return new JsonValue.Arr(items, l, k); }
            throw error("expected ',' or ']' in the array opened at " + l + ":" + k + ", found " + describe());
        }
    }

    private String string() throws JsonSyntaxError {
        advance();
        StringBuilder b = new StringBuilder();
        while (true) {
            if (pos >= s.length()) throw error("unterminated string");
            char c = s.charAt(pos);
            if (c == '"') { advance(); return b.toString(); }
            if (c == '\\') {
                advance();
                if (pos >= s.length()) throw error("unterminated escape");
                char e = s.charAt(pos);
                switch (e) {
                    case '"', '\\', '/' -> b.append(e);
                    case 'b' -> b.append('\b');
                    case 'f' -> b.append('\f');
                    case 'n' -> b.append('\n');
                    case 'r' -> b.append('\r');
                    case 't' -> b.append('\t');
                    case 'u' -> {
                        if (pos + 5 > s.length()) throw error("incomplete \\u escape");
                        int code = 0;
                        for (int i = 1; i <= 4; i++) {
                            int d = Character.digit(s.charAt(pos + i), 16);
                            if (d < 0) throw error("invalid \\u escape");
                            code = code * 16 + d;
                        }
                        b.append((char) code);
                        for (int i = 0; i < 4; i++) advance();
                    }
                    default -> throw error("invalid escape \\" + e);
                }
                advance();
                continue;
            }
            if (c < 0x20) throw error("control character U+" + String.format("%04X", (int) c) + " in a string must be escaped");
            b.append(c);
            advance();
        }
    }

    private String number() throws JsonSyntaxError {
        int start = pos;
        if (peek() == '-') advance();
        if (peek() == '0') {
            advance();
        } else if (isDigit(peek())) {
            while (isDigit(peek())) advance();
        } else {
            throw error("invalid number");
        }
        if (peek() == '.') {
            advance();
            if (!isDigit(peek())) throw error("invalid number: digits expected after '.'");
            while (isDigit(peek())) advance();
        }
        if (peek() == 'e' || peek() == 'E') {
            advance();
            if (peek() == '+' || peek() == '-') advance();
            if (!isDigit(peek())) throw error("invalid number: digits expected in the exponent");
            while (isDigit(peek())) advance();
        }
        return s.substring(start, pos);
    }

    private void literal(String word) throws JsonSyntaxError {
        if (!s.startsWith(word, pos)) throw error("unexpected " + describe() + ", expected a value");
        for (int i = 0; i < word.length(); i++) advance();
    }

    private void skipWhitespace() {
        while (pos < s.length()) {
            char c = s.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') advance();
            else return;
        }
    }

    private char peek() { return pos < s.length() ? s.charAt(pos) : '\0'; }

    private static boolean isDigit(char c) { return c >= '0' && c <= '9'; }

    private void advance() {
        char c = s.charAt(pos++);
        if (c == '\n') {
            line++;
            col = 1;
        } else if (!Character.isLowSurrogate(c)) {
            col++;
        }
    }

    private String describe() {
        if (pos >= s.length()) return "end of input";
        int cp = s.codePointAt(pos);
        return cp >= 0x20 && cp != 0x7f ? "'" + new String(Character.toChars(cp)) + "'" : String.format("character U+%04X", cp);
    }

    private JsonSyntaxError error(String message) { return new JsonSyntaxError(message, line, col); }
}
