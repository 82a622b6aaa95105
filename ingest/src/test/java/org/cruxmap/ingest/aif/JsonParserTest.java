package org.cruxmap.ingest.aif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JsonParserTest {

    @Test
    void escapesAndSurrogatePairsDecodeToTheirCharacters() throws Exception {
        JsonValue v = JsonParser.parse("\"a\\\"b\\\\c\\/d\\n\\u00e9\\ud83d\\ude00\"");
        assertEquals("a\"b\\c/d\n\u00e9\uD83D\uDE00", ((JsonValue.Str) v).value());
    }

    @Test
    void valuesRememberTheirLineAndColumnInCodePoints() throws Exception {
        JsonValue.Obj o = (JsonValue.Obj) JsonParser.parse("{\n  \"\uD83D\uDE00\": [1,\n   true]}");
        JsonValue.Arr a = (JsonValue.Arr) o.get("\uD83D\uDE00");
        assertEquals(2, a.line());
        assertEquals(8, a.column(), "the emoji key counts as one column");
        assertEquals(3, a.items().get(1).line());
        assertEquals(4, a.items().get(1).column());
    }

    @Test
    void numbersAreKeptAsWritten() throws Exception {
        JsonValue.Arr a = (JsonValue.Arr) JsonParser.parse("[0, -1.50, 2e+3]");
        assertEquals("[0,-1.50,2e+3]", JsonWriter.write(a));
    }

    @Test
    void aLeadingZeroATrailingCommaAndARawNewlineInAStringAreErrorsAtTheirPlace() {
        JsonParser.JsonSyntaxError e1 = assertThrows(JsonParser.JsonSyntaxError.class, () -> JsonParser.parse("[01]"));
        assertEquals(3, e1.column());
        JsonParser.JsonSyntaxError e2 = assertThrows(JsonParser.JsonSyntaxError.class, () -> JsonParser.parse("[1,]"));
        assertEquals(4, e2.column());
        JsonParser.JsonSyntaxError e3 = assertThrows(JsonParser.JsonSyntaxError.class, () -> JsonParser.parse("\"a\nb\""));
        assertEquals(1, e3.line());
        assertTrue(e3.getMessage().contains("U+000A"));
    }

    @Test
    void nestingDeeperThanTheLimitIsAnErrorNotAStackOverflow() {
        String deep = "[".repeat(JsonParser.MAX_DEPTH + 1) + "]".repeat(JsonParser.MAX_DEPTH + 1);
        JsonParser.JsonSyntaxError e = assertThrows(JsonParser.JsonSyntaxError.class, () -> JsonParser.parse(deep));
        assertTrue(e.getMessage().contains("nesting"));
    }

    @Test
    void theCanonicalFormSortsKeysAtEveryDepth() throws Exception {
        assertEquals("{\"a\":{\"x\":1,\"y\":2},\"b\":null}", JsonWriter.canonical(JsonParser.parse("{\"b\":null,\"a\":{\"y\":2,\"x\":1}}")));
    }
}
