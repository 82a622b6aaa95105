package org.cruxmap.ingest.argdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Reads each of the 32 Argdown files of the conformance set and compares what our reader makes of
 * it with the record @argdown/core 2.0.1 gave: statements (title, text, tags, premise and main
 * conclusion use), arguments (title, description, tags, pcs), relations, and the lines of errors.
 */
class ArgdownConformanceTest {

    /** Files where a difference from the reference remains, each with its reason. */
    static final Map<String, String> KNOWN_DIFFERENCES = Map.of();

    static Path dir() {
        String base = System.getProperty("cruxmap.conformance", "../../shared/conformance");
        return Path.of(base, "argdown");
    }

    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(dir())) {
            return s.filter(p -> p.toString().endsWith(".argdown")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> eachConformanceFileReadsAsTheReferenceReadsIt() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(dir()), "conformance data not found at " + dir());
        List<Path> files = files();
        assertEquals(32, files.size(), "the conformance set has 32 Argdown files");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String name = file.getFileName().toString();
            String stem = name.substring(0, name.length() - ".argdown".length());
            ReferenceSummary expected = ReferenceSummary.ofJson(Files.readString(dir().resolve("expected/" + stem + ".json")));
            ArgdownDocument doc = ArgdownSyntax.read(Files.readString(file, StandardCharsets.UTF_8), name);
            ReferenceSummary actual = ReferenceSummary.of(doc);
            String reason = KNOWN_DIFFERENCES.get(name);
            if (reason != null) {
                assertTrue(!expected.equals(actual), name + " is listed as different (" + reason + ") but now matches: remove it from the list");
                return;
            }
            assertEquals(expected.statements(), actual.statements(), name + ": statements");
            assertEquals(expected.arguments(), actual.arguments(), name + ": arguments");
            assertEquals(expected.relations(), actual.relations(), name + ": relations");
            assertEquals(expected.errorLines(), actual.errorLines(), name + ": error lines");
        }));
    }
}
