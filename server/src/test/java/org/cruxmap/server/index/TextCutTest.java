package org.cruxmap.server.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextCutTest {
    @Test
    void aLongTextIsCutAtTheLastWordBoundaryWithAnEllipsis() {
        assertEquals("larger ones shed bias faster than variance…", Searching.cut("larger ones shed bias faster than variance, while small ones do not", 46));
        assertEquals("short enough", Searching.cut("short enough", 46));
        assertEquals("alpha beta…", Searching.cut("alpha beta gammadelta", 14));
    }

    @Test
    void oneVeryLongWordIsCutWhereTheLimitFalls() {
        assertEquals("abcdefghij…", Searching.cut("abcdefghijklmnopqrstuvwxyz", 10));
        assertEquals("aaaaa…", Searching.cut("aaaaa bbbbbbbbbbbbbbb", 10), "a space exactly half way is still a boundary");
    }
}
