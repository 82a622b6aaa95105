package org.cruxmap.ingest.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.cruxmap.ingest.Diagnostic;
import org.cruxmap.ingest.ReadResult;
import org.cruxmap.ingest.Severity;
import org.junit.jupiter.api.DynamicTest;

/**
 * Format tests as data: a folder of cases under a test resource, listed in its {@code manifest.tsv}
 * (case name, tab, what it shows). Each case has one input file, and {@code expected.ttl} (compared
 * as a graph) and/or {@code expected-diagnostics.txt} (one {@code line:col: severity: code} per
 * line, info notes left out, order free). A case without {@code expected-diagnostics.txt} must
 * read with no errors or warnings.
 */
public record CaseFolder(Path dir, String name, String description) {

    /** The cases a manifest lists, in its order. */
    public static List<CaseFolder> list(String resourceDir) {
        try {
            Path dir = Path.of(CaseFolder.class.getResource("/" + resourceDir + "/manifest.tsv").toURI()).getParent();
            List<CaseFolder> cases = new ArrayList<>();
            for (String line : Files.readAllLines(dir.resolve("manifest.tsv"))) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] cols = line.split("\t", 2);
                cases.add(new CaseFolder(dir.resolve(cols[0]), cols[0], cols.length > 1 ? cols[1] : ""));
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The case's input file (the one named input.*). */
    public Path input() {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith("input.")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no input.* in " + dir));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The input's bytes. */
    public byte[] bytes() {
        try {
            return Files.readAllBytes(input());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A dynamic test named after the case and its description. */
    public DynamicTest test(org.junit.jupiter.api.function.Executable body) {
        return DynamicTest.dynamicTest(name + ": " + description, body);
    }

    /** Checks a read result against the case's expectations. */
    public void check(ReadResult result) throws IOException {
        Path diagnostics = dir.resolve("expected-diagnostics.txt");
        List<String> expected = Files.exists(diagnostics)
                ? Files.readAllLines(diagnostics).stream().filter(l -> !l.isBlank()).sorted().toList() : List.of();
        List<String> actual = result.diagnostics().stream().filter(d -> d.severity() != Severity.INFO)
                .sorted(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column))
                .map(d -> d.line() + ":" + d.column() + ": " + d.severity().word() + ": " + d.code()).sorted().toList();
        assertEquals(expected, actual, () -> name + ": diagnostics were " + result.diagnostics());
        for (Diagnostic d : result.diagnostics()) {
            assertTrue(!d.message().isBlank() && !d.file().isBlank(), () -> "diagnostic without message or file: " + d);
        }
        Optional<Path> ttl = Optional.of(dir.resolve("expected.ttl")).filter(Files::exists);
        if (ttl.isPresent()) {
            Model want = ModelFactory.createDefaultModel();
            try (InputStream in = Files.newInputStream(ttl.get())) {
                RDFDataMgr.read(want, in, Lang.TURTLE);
            }
            assertTrue(want.isIsomorphicWith(result.model()), () -> name + ": graph differs.\nmissing:\n"
                    + show(want.difference(result.model())) + "unexpected:\n" + show(result.model().difference(want)));
        }
    }

    private static String show(Model m) {
        java.io.StringWriter w = new java.io.StringWriter();
        m.write(w, "N-TRIPLES");
        return w.toString();
    }

    /** The text of the input, for cases that need it. */
    public String inputText() { return new String(bytes(), StandardCharsets.UTF_8); }
}
