package org.cruxmap.ingest.aif;

import java.util.LinkedHashMap;
import java.util.List;

/** A JSON value that remembers where it starts (1-based line and column), for diagnostics. */
public sealed interface JsonValue {
    int line();
    int column();

    /** A JSON object; members keep their order, a repeated key keeps its last value. */
    record Obj(LinkedHashMap<String, JsonValue> members, int line, int column) implements JsonValue {
        public JsonValue get(String key) { return members.get(key); }
    }
    /** A JSON array. */
    record Arr(List<JsonValue> items, int line, int column) implements JsonValue {}
    /** A JSON string. */
    record Str(String value, int line, int column) implements JsonValue {}
    /** A JSON number, kept as written. */
    record Num(String literal, int line, int column) implements JsonValue {}
    /** true or false. */
    record Bool(boolean value, int line, int column) implements JsonValue {}
    /** null. */
    record Null(int line, int column) implements JsonValue {}

    /** The value as text when it is a string, number or boolean (AIF IDs come as either), else null. */
    default String scalarText() {
        if (this instanceof Str s) return s.value();
        if (this instanceof Num n) return n.literal();
        if (this instanceof Bool b) return String.valueOf(b.value());
        return null;
    }

    /** What kind of value this is, for messages ("an object", "a string", ...). */
    default String kind() {
        if (this instanceof Obj) return "an object";
        if (this instanceof Arr) return "an array";
        if (this instanceof Str) return "a string";
        if (this instanceof Num) return "a number";
        if (this instanceof Bool) return "a boolean";
        return "null";
    }
}
