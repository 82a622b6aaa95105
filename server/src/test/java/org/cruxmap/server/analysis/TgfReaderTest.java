package org.cruxmap.server.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.cruxmap.ingest.Diagnostic;
import org.junit.jupiter.api.Test;

class TgfReaderTest {
    private static TgfReader.Result read(String s) { return TgfReader.read(s.getBytes(StandardCharsets.UTF_8), "f.tgf"); }

    @Test
    void anAttackOnAnUndeclaredNodeIsAnErrorAtItsLineAndColumn() {
        var r = read("a\nb\n#\na b\nb   zz\n");
        assertTrue(r.hasErrors());
        assertNull(r.framework());
        assertEquals(1, r.diagnostics().size());
        Diagnostic d = r.diagnostics().get(0);
        assertEquals(5, d.line());
        assertEquals(5, d.column());
        assertEquals("f.tgf:5:5: error: attack names node 'zz', which is not declared before '#'", d.format());
    }

    @Test
    void anAttackLineWithOneIdIsAnErrorJustAfterTheId() {
        var r = read("a\n#\n  a\n");
        assertEquals("f.tgf:3:4: error: an attack needs two node ids, 'from to'; found only 'a'", r.diagnostics().get(0).format());
    }

    @Test
    void aSeparatorWithTextAfterItIsAnError() {
        var r = read("a\n# edges\na a\n");
        assertEquals(2, r.diagnostics().get(0).line());
        assertEquals("tgf-separator", r.diagnostics().get(0).code());
    }

    @Test
    void repeatedNodesAndAttacksAreWarningsAndCountOnce() {
        var r = read("a\r\nb\r\na\r\n#\r\na b\r\na b\r\n");
        assertFalse(r.hasErrors());
        assertEquals(2, r.diagnostics().size());
        assertEquals(2, r.framework().size());
        assertEquals(1, r.framework().attackCount());
        assertEquals(3, r.diagnostics().get(0).line());
        assertEquals(6, r.diagnostics().get(1).line());
    }

    @Test
    void aFileWithoutSeparatorIsNodesOnlyAndBlankLinesAndAByteOrderMarkAreSkipped() {
        var r = read("\uFEFFa\n\n   \nb\n");
        assertFalse(r.hasErrors());
        assertEquals(java.util.List.of("a", "b"), r.framework().ids());
        assertEquals(0, r.framework().attackCount());
    }
}
