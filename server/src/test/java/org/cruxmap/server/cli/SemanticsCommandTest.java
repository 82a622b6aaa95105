package org.cruxmap.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SemanticsCommandTest {
    @TempDir Path dir;

    private static Path dung(String name) {
        return Path.of(System.getProperty("cruxmap.conformance"), "dung", name);
    }

    @Test
    void preferredExtensionsOfTheSharedFrameworkArePrintedOnePerLine() throws Exception {
        var r = CliProcess.run(dir, "semantics", dung("bas1.tgf").toString(), "--semantics", "preferred");
        assertEquals(0, r.exit(), r.err());
        assertEquals(List.of("{a, c}", "{a, d, g}"), r.out().lines().sorted().toList());
    }

    @Test
    void groundedIsTheDefaultAndAnOddCycleHasNoStableExtension() throws Exception {
        var g = CliProcess.run(dir, "semantics", dung("reinstatement1.tgf").toString(), "--labels");
        assertEquals(0, g.exit(), g.err());
        assertEquals(List.of("{1, 3}", "  1 in", "  2 out", "  3 in"), g.out().lines().toList());
        var s = CliProcess.run(dir, "semantics", dung("odd_cycle1.tgf").toString(), "--semantics", "stable");
        assertEquals(0, s.exit(), s.err());
        assertEquals("", s.out());
        assertTrue(s.err().contains("no stable extension"), s.err());
    }

    @Test
    void badTgfIsReportedAsFileLineColumnWithExitTwo() throws Exception {
        Path f = dir.resolve("bad.tgf");
        Files.writeString(f, "a\nb\n#\na c\n");
        var r = CliProcess.run(dir, "semantics", f.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(f + ":4:3: error: attack names node 'c'"), r.err());
    }

    @Test
    void aMapInTurtleGetsItsLabelsThroughTheBipolarRulesAsJson() throws Exception {
        Path f = dir.resolve("map.ttl");
        Files.writeString(f, """
                @prefix cm: <https://w3id.org/cruxmap/ns#> .
                @prefix s:  <https://w3id.org/cruxmap/id/statement/> .
                s:a cm:supports s:b . s:b cm:attacks s:c . s:c cm:attacks s:b .
                """);
        var r = CliProcess.run(dir, "semantics", f.toString(), "--json");
        assertEquals(0, r.exit(), r.err());
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
        assertEquals("out", json.at("/labels/statement~1c").asText());
        assertEquals("in", json.at("/labels/statement~1b").asText());
        assertTrue(json.get("complete").asBoolean());
    }

    @Test
    void unknownSemanticsAndUnreadableFormatsAreUsageErrors() throws Exception {
        var r = CliProcess.run(dir, "semantics", dung("bas1.tgf").toString(), "--semantics", "ideal");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown semantics 'ideal'"), r.err());
        Path txt = dir.resolve("notes.txt");
        Files.writeString(txt, "hello");
        var t = CliProcess.run(dir, "semantics", txt.toString());
        assertEquals(2, t.exit());
        assertTrue(t.err().contains("cannot compute semantics of format 'txt'"), t.err());
    }

    @Test
    void anArgdownMapGoesThroughTheIngestReaderAndSupportLendsItsAttack() throws Exception {
        Path f = dir.resolve("map.argdown");
        // A supports B; B and C attack each other; by supported attack A attacks C, so B is in and C out.
        Files.writeString(f, "[A]: a.\n  +> [B]: b.\n\n[C]: c.\n  -> [B]\n\n[B]\n  -> [C]\n");
        var r = CliProcess.run(dir, "semantics", f.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("statement/b") && !r.out().contains("statement/c"), r.out());
    }
}
