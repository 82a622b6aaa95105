package org.cruxmap.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cruxmap.server.store.LocalStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes a user makes on the command line get a plain message naming the mistake, and change nothing. */
class CommandLineMistakesTest {
    @TempDir Path dir;

    /** A store in d holding one claim, "Alpha claim". */
    private void importAlpha() throws Exception {
        Files.writeString(dir.resolve("a.argdown"), "[Alpha claim]: Alpha text.\n");
        assertEquals(0, CliProcess.run(dir, "import", "a.argdown", "--data", "d").exit());
    }

    @Test
    void twoFilesOfOneNameInDifferentFoldersAreRefusedBeforeAnythingIsWrittenAndSkippedFilesAreNamed() throws Exception {
        Files.createDirectories(dir.resolve("coll/a"));
        Files.createDirectories(dir.resolve("coll/b"));
        Files.writeString(dir.resolve("coll/a/map.argdown"), "[Alpha claim]: Alpha text.\n");
        Files.writeString(dir.resolve("coll/b/map.argdown"), "[Beta claim]: Beta text.\n");
        CliProcess.Result r = CliProcess.run(dir, "import", "coll", "--data", "d");
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains("coll/b/map.argdown: error: would go into the same named graph as coll/a/map.argdown"), r.err());
        assertFalse(Files.exists(dir.resolve("d")), "no store was even opened");
        assertEquals(0, CliProcess.run(dir, "import", "coll/a/map.argdown", "--data", "d").exit(), "one of them alone imports");
        Files.writeString(dir.resolve("coll/a/notes.pdf"), "not RDF");
        Files.createDirectories(dir.resolve("coll/a/.git"));
        Files.writeString(dir.resolve("coll/a/.git/HEAD"), "ref: refs/heads/main");
        CliProcess.Result skipped = CliProcess.run(dir, "validate", "coll/a");
        assertEquals(0, skipped.exit(), skipped.err());
        assertTrue(skipped.err().contains("coll/a/notes.pdf: skipped: not a format cruxmap reads"), "a file the folder holds is not passed over in silence: " + skipped.err());
        assertFalse(skipped.err().contains(".git"), "hidden folders are passed over: " + skipped.err());
        CliProcess.Result twice = CliProcess.run(dir, "import", "coll/a", "coll/a/map.argdown", "--data", "d");
        assertEquals(0, twice.exit(), "a file named twice (in its folder and alone) is imported once: " + twice.err());
    }

    @Test
    void aMistypedDataDirectoryIsAnErrorForCommandsThatReadAndIsNotCreated() throws Exception {
        for (String[] args : new String[][] {{"search", "coherence"}, {"sparql", "ASK {}"}, {"export", "--format", "nq"}, {"reindex"}}) {
            String[] withData = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.stream.Stream.of("--data", "nope")).toArray(String[]::new);
            CliProcess.Result r = CliProcess.run(dir, withData);
            assertEquals(2, r.exit(), args[0] + ": " + r.err());
            assertTrue(r.err().contains("no store in nope: check --data"), args[0] + ": " + r.err());
            assertFalse(Files.exists(dir.resolve("nope")), args[0] + " created no store");
        }
        Files.createDirectories(dir.resolve("not-a-store"));
        CliProcess.Result folder = CliProcess.run(dir, "search", "coherence", "--data", "not-a-store");
        assertEquals(2, folder.exit(), "a folder that holds no store is not one either: " + folder.err());
        try (var left = Files.list(dir.resolve("not-a-store"))) {
            assertEquals(0, left.count(), "and nothing was created in it");
        }
        assertEquals(0, CliProcess.run(dir, "search", "coherence", "--store", "mem").exit(), "an in-memory store needs no folder");
    }

    @Test
    void anUnknownStatusIsAUsageErrorAndAQueryStartingWithADashIsToldToGoAfterTwoDashes() throws Exception {
        importAlpha();
        CliProcess.Result r = CliProcess.run(dir, "search", "alpha", "--status", "verified,bogus", "--data", "d");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("unknown --status 'bogus'"), r.err());
        CliProcess.Result excluding = CliProcess.run(dir, "search", "-alpha", "--data", "d");
        assertEquals(2, excluding.exit());
        assertTrue(excluding.err().contains("a query that starts with '-' goes after --: cruxmap search [OPTIONS] -- -alpha"), excluding.err());
        CliProcess.Result after = CliProcess.run(dir, "search", "--data", "d", "--", "-alpha");
        assertEquals(0, after.exit(), after.err());
        assertTrue(after.out().contains("no hits"), "everything but alpha, and only alpha is there: " + after.out());
    }

    @Test
    void aResultsFormatForAGraphQueryAZeroTimeoutOrAnUpdateGivenAsAQueryIsNamedForWhatItIs() throws Exception {
        importAlpha();
        CliProcess.Result json = CliProcess.run(dir, "sparql", "CONSTRUCT { ?s a cm:Claim } WHERE { ?s a cm:Claim }", "--format", "json", "--data", "d");
        assertEquals(2, json.exit(), json.out());
        assertTrue(json.err().contains("format json does not fit a CONSTRUCT query; use table (Turtle), ttl"), json.err());
        CliProcess.Result noTime = CliProcess.run(dir, "sparql", "ASK {}", "--timeout", "0", "--data", "d");
        assertEquals(2, noTime.exit());
        assertTrue(noTime.err().contains("--timeout must be at least 1 second"), noTime.err());
        CliProcess.Result update = CliProcess.run(dir, "sparql", "INSERT DATA { id:x rdfs:label \"x\" }", "--data", "d");
        assertEquals(2, update.exit());
        assertTrue(update.err().contains("this is a SPARQL update; the command line runs queries only"), update.err());
    }

    @Test
    void aStoreInUseOrAPortTakenIsSaidSoWithoutJavaInternals() throws Exception {
        importAlpha();
        try (LocalStore held = LocalStore.tdb2(dir.resolve("d"))) {
            CliProcess.Result r = CliProcess.run(dir, "search", "alpha", "--data", "d");
            assertEquals(1, r.exit());
            assertTrue(r.err().contains("the store in d is in use by another process (pid " + ProcessHandle.current().pid() + ")"), r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // another directory: TDB2 keeps this test process's lock on d after the store above closed
            CliProcess.Result r = CliProcess.run(dir, "serve", "--no-corpus", "--port", String.valueOf(taken.getLocalPort()), "--data", "e");
            assertEquals(1, r.exit());
            assertTrue(r.err().contains("cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": the port is in use"), r.err());
        }
        CliProcess.Result outOfRange = CliProcess.run(dir, "serve", "--no-corpus", "--port", "99999", "--data", "e");
        assertEquals(2, outOfRange.exit());
        assertTrue(outOfRange.err().contains("--port must be between 0 and 65535"), outOfRange.err());
    }

    @Test
    void anExportToAFolderOrIntoAFolderThatIsNotThereSaysWhyAndLeavesTheFolderAlone() throws Exception {
        importAlpha();
        Files.createDirectories(dir.resolve("empty"));
        CliProcess.Result folder = CliProcess.run(dir, "export", "--format", "ttl", "--out", "empty", "--data", "d");
        assertEquals(2, folder.exit());
        assertTrue(folder.err().contains("empty is a folder; give --out a file name"), folder.err());
        assertTrue(Files.isDirectory(dir.resolve("empty")), "the folder is not replaced by a file");
        CliProcess.Result missing = CliProcess.run(dir, "export", "--format", "ttl", "--out", "nodir/x/out.ttl", "--data", "d");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("cannot write nodir/x/out.ttl: there is no folder"), missing.err());
    }
}
