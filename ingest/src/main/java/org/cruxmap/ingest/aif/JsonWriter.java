package org.cruxmap.ingest.aif;

import java.util.Map;
import java.util.TreeMap;

/** Writes {@link JsonValue}s as compact JSON; {@link #canonical} sorts object keys so equal data gives equal text. */
public final class JsonWriter {
    private JsonWriter() {}

    /** Compact JSON with object members in their order. */
    public static String write(JsonValue v) {
        StringBuilder b = new StringBuilder();
        write(v, b, false);
        return b.toString();
    }

    /** Compact JSON with object members sorted by key, at every depth. */
    public static String canonical(JsonValue v) {
        StringBuilder b = new StringBuilder();
        write(v, b, true);
        return b.toString();
    }

    private static void write(JsonValue v, StringBuilder b, boolean sorted) {
        if (v instanceof JsonValue.Obj o) {
            Map<String, JsonValue> members = sorted ? new TreeMap<>(o.members()) : o.members();
            b.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonValue> e : members.entrySet()) {
                if (!first) b.append(',');
                first = false;
                string(e.getKey(), b);
                b.append(':');
                write(e.getValue(), b, sorted);
            }
            b.append('}');
        } else if (v instanceof JsonValue.Arr a) {
            b.append('[');
            for (int i = 0; i < a.items().size(); i++) {
                if (i > 0) b.append(',');
                write(a.items().get(i), b, sorted);
            }
            b.append(']');
        } else if (v instanceof JsonValue.Str s) {
            string(s.value(), b);
        } else if (v instanceof JsonValue.Num n) {
            b.append(n.literal());
        } else if (v instanceof JsonValue.Bool bo) {
            b.append(bo.value());
        } else {
            b.append("null");
        }
    }

    /** Appends a JSON string literal. */
    static void string(String s, StringBuilder b) {
        b.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '\b' -> b.append("\\b");
                case '\f' -> b.append("\\f");
                default -> {
                    if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
                    else b.append(c);
                }
            }
        }
        b.append('"');
    }
}
