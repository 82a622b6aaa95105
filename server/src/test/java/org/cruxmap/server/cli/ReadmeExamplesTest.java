package org.cruxmap.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every {@code $ cruxmap ...} example of the README's {@code console} blocks against the
 * bundled corpus and compares what it prints with what the README shows, so the README cannot drift.
 */
class ReadmeExamplesTest {
    @TempDir static Path dir;

    /** One example: the command line after "cruxmap" and the output the README shows for it. */
    record Example(int line, List<String> args, String expected) {}

    @BeforeAll
    static void importTheCorpus() throws Exception {
        Path corpus = Path.of(System.getProperty("cruxmap.root"), "corpus", "coherence-agency");
        CliProcess.Result r = CliProcess.run(dir, "import", corpus.toString());
        assertEquals(0, r.exit(), r.err());
    }

    static List<Example> examples(Path readme) throws Exception {
        List<String> lines = Files.readAllLines(readme);
        List<Example> out = new ArrayList<>();
        boolean inConsole = false;
        Example current = null;
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (!inConsole && l.strip().equals("```console")) { inConsole = true; continue; }
            if (!inConsole) continue;
            boolean end = l.strip().equals("```");
            boolean command = l.startsWith("$ cruxmap ");
            if ((end || command) && current != null) {
                out.add(new Example(current.line(), current.args(), expected.toString()));
                current = null;
            }
            if (end) { inConsole = false; continue; }
            if (command) {
                current = new Example(i + 1, split(l.substring("$ cruxmap ".length())), null);
                expected.setLength(0);
            } else if (current != null) {
                expected.append(l).append('\n');
            }
        }
        return out;
    }

    /** Splits a command line the way a POSIX shell does for plain words and quoted strings. */
    static List<String> split(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'') {
                int j = s.indexOf('\'', i + 1);
                word.append(s, i + 1, j);
                i = j;
                inWord = true;
            } else if (c == '"') {
                int j = i + 1;
                while (s.charAt(j) != '"') {
                    if (s.charAt(j) == '\\') j++;
                    word.append(s.charAt(j++));
                }
                i = j;
                inWord = true;
            } else if (c == ' ') {
                if (inWord) out.add(word.toString());
                word.setLength(0);
                inWord = false;
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) out.add(word.toString());
        return out;
    }

    private static String normalise(String s) {
        return s.lines().map(String::stripTrailing).reduce("", (a, b) -> a + b + "\n").strip();
    }

    @TestFactory
    Stream<DynamicTest> everyReadmeExamplePrintsWhatTheReadmeShows() throws Exception {
        Path readme = Path.of(System.getProperty("cruxmap.root"), "README.md");
        List<Example> all = examples(readme);
        assertTrue(all.stream().filter(e -> e.args().get(0).equals("search")).count() >= 5, "five example searches");
        assertTrue(all.stream().filter(e -> e.args().get(0).equals("sparql")).count() >= 5, "five example SPARQL queries");
        return all.stream().map(e -> DynamicTest.dynamicTest("README.md:" + e.line() + " cruxmap " + String.join(" ", e.args()), () -> {
            CliProcess.Result r = CliProcess.run(dir, e.args().toArray(String[]::new));
            assertEquals(0, r.exit(), r.err());
            assertEquals(normalise(e.expected()), normalise(r.out()));
        }));
    }
}
