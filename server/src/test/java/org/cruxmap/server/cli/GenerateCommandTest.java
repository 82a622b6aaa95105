package org.cruxmap.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {
    @TempDir Path dir;

    @Test
    void generateWritesNQuadsForANqPathAndACorpusFolderOtherwise() throws Exception {
        assertEquals(0, Main.run("generate", "--statements", "500", "--seed", "3", "--out", dir.resolve("m.nq").toString()));
        assertTrue(Files.size(dir.resolve("m.nq")) > 0);
        assertEquals(0, Main.run("generate", "--statements", "500", "--seed", "3", "--out", dir.resolve("m").toString()));
        assertTrue(Files.exists(dir.resolve("m/map-0001.argdown")) && Files.exists(dir.resolve("m/people.ttl"))
                && Files.exists(dir.resolve("m/sources.ttl")) && Files.exists(dir.resolve("m/texts/src-1.md")));
    }

    @Test
    void theGeneratedFolderImportsWithTheImportCommand() throws Exception {
        assertEquals(0, Main.run("generate", "--statements", "800", "--out", dir.resolve("corpus").toString()));
        assertEquals(0, Main.run("import", dir.resolve("corpus").toString(), "--data", dir.resolve("data").toString()));
    }

    @Test
    void badArgumentsAreUsageErrorsAndWriteNothing() throws Exception {
        Files.writeString(dir.resolve("taken.txt"), "x");
        assertEquals(2, Main.run("generate", "--statements", "0", "--out", dir.resolve("a.nq").toString()));
        assertEquals(2, Main.run("generate", "--statements", "10", "--format", "turtle", "--out", dir.resolve("b.ttl").toString()));
        assertEquals(2, Main.run("generate", "--statements", "10", "--format", "argdown", "--out", dir.resolve("taken.txt").toString()));
        assertFalse(Files.exists(dir.resolve("a.nq")) || Files.exists(dir.resolve("b.ttl")));
    }
}
