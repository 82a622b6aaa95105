package org.cruxmap.ingest.argdown;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cruxmap.ingest.Diagnostic;
import org.cruxmap.ingest.ReadContext;
import org.cruxmap.ingest.ReadResult;

/**
 * Bad input never makes the Argdown reader throw or hang: truncated, mutated, random, invalid UTF-8,
 * huge-line and deeply nested inputs each give a result with diagnostics within a time bound.
 */
class ArgdownBadInputTest {
    static final Duration BOUND = Duration.ofSeconds(10);
    static final String ALPHABET = "[]<>:+-_>#*@(){},.=/!\\ \t\n\r1234567890abcXYZ'\"é\u2028";

    static List<byte[]> corpus() {
        List<byte[]> out = new ArrayList<>();
        try {
            for (Path p : ArgdownConformanceTest.files()) out.add(Files.readAllBytes(p));
        } catch (IOException | RuntimeException e) {
            out.add("[A]: text\n  + [B]: more\n\n(1) x\n----\n(2) y\n".getBytes(StandardCharsets.UTF_8));
        }
        return out;
    }

    static void readsWithinBound(byte[] input) {
        ReadResult r = assertTimeoutPreemptively(BOUND, () -> new ArgdownReader().read(input, ReadContext.of("fuzz.argdown")));
        assertNotNull(r.model());
        for (Diagnostic d : r.diagnostics()) {
            assertTrue(d.line() >= 0 && d.column() >= 0 && d.message() != null, d::toString);
        }
        assertNotNull(ArgdownWriter.write(r.model()));
    }

    @Property(tries = 300)
    void aTruncatedOrMutatedMapGivesDiagnosticsNotExceptions(@ForAll("mutated") byte[] input) {
        readsWithinBound(input);
    }

    @Property(tries = 300)
    void randomArgdownLikeTextGivesDiagnosticsNotExceptions(@ForAll("random") String input) {
        readsWithinBound(input.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 20)
    void hugeLinesAndDeepNestingStayWithinTheBound(@ForAll("extreme") String input) {
        readsWithinBound(input.getBytes(StandardCharsets.UTF_8));
    }

    @Provide
    Arbitrary<byte[]> mutated() {
        List<byte[]> corpus = corpus();
        Arbitrary<byte[]> base = Arbitraries.of(corpus);
        return Combinators.combine(base, Arbitraries.integers().between(0, 1_000_000), Arbitraries.integers().between(0, 5),
                Arbitraries.bytes(), Arbitraries.integers().between(1, 200)).as((b, at, op, x, len) -> {
            int i = b.length == 0 ? 0 : at % b.length;
            return switch (op) {
                case 0 -> java.util.Arrays.copyOf(b, i);
                case 1 -> splice(b, i, new byte[] {x});
                case 2 -> splice(b, i, new byte[] {(byte) 0xC3});
                case 3 -> cut(b, i, len);
                case 4 -> splice(b, i, java.util.Arrays.copyOfRange(b, i, Math.min(b.length, i + len)));
                default -> splice(b, i, "\n  {a: [\n".getBytes(StandardCharsets.UTF_8));
            };
        });
    }

    @Provide
    Arbitrary<String> random() {
        return Arbitraries.strings().withChars(ALPHABET.toCharArray()).ofMaxLength(400);
    }

    @Provide
    Arbitrary<String> extreme() {
        return Arbitraries.integers().between(0, 5).map(k -> switch (k) {
            case 0 -> "[A]: " + "word ".repeat(200_000);
            case 1 -> nested(3_000);
            case 2 -> "{".repeat(50_000) + "}".repeat(50_000);
            case 3 -> "[".repeat(20_000) + ": x\n" + "<".repeat(20_000);
            case 4 -> "*_".repeat(100_000);
            default -> "<!--" + "\n".repeat(100_000) + "-->\n\n" + "a\n\n".repeat(50_000);
        });
    }

    static String nested(int depth) {
        StringBuilder b = new StringBuilder("[Root]: root\n");
        for (int d = 1; d <= depth; d++) b.append(" ".repeat(d)).append("+ s").append(d).append('\n');
        return b.toString();
    }

    static byte[] splice(byte[] b, int at, byte[] insert) {
        byte[] out = new byte[b.length + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at, out, at + insert.length, b.length - at);
        return out;
    }

    static byte[] cut(byte[] b, int at, int len) {
        int end = Math.min(b.length, at + len);
        byte[] out = new byte[b.length - (end - at)];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(b, end, out, at, b.length - end);
        return out;
    }

    @org.junit.jupiter.api.Test
    void anEmptyOrCommentOnlyFileIsSaidToBeEmpty() {
        for (String text : new String[] {"", "\n", "\n\n  \n", "// only a comment\n", "/* a block */\n"}) {
            ReadResult r = new ArgdownReader().read(text.getBytes(StandardCharsets.UTF_8), ReadContext.of("empty.argdown"));
            assertTrue(r.hasErrors(), "refused, as @argdown/core refuses it: '" + text + "'");
            Diagnostic d = r.diagnostics().get(0);
            assertTrue(d.message().startsWith("The document is empty"), "'" + text + "': " + d);
        }
    }
}
