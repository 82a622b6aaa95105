package org.cruxmap.ingest.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cruxmap.ingest.Diagnostic;
import org.cruxmap.ingest.Format;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.ingest.ReadContext;
import org.cruxmap.ingest.ReadResult;

/**
 * Random and mutated input for the AIF and text readers: random bytes, real AraucariaDB files
 * truncated, with bytes flipped, inserted or deleted, with node types replaced, invalid UTF-8, deep
 * nesting and huge lines. The only outcome allowed is a result with diagnostics, within
 * {@value #SECONDS} seconds per input; an error always has a position and leaves the model empty.
 */
class ReadersNeverThrowTest {
    static final int SECONDS = 5;
    private static final Ingest INGEST = Ingest.standard();
    private static final List<byte[]> ARAUCARIA = araucaria();

    @Property(tries = 300)
    void randomBytesGiveDiagnosticsNeverAnException(@ForAll("randomBytes") byte[] bytes, @ForAll("formats") Format format) {
        readSafely(bytes, format);
    }

    @Property(tries = 400)
    void mutatedAraucariaFilesGiveDiagnosticsNeverAnException(@ForAll("mutatedAraucaria") byte[] bytes) {
        readSafely(bytes, Format.AIF);
    }

    @Property(tries = 30)
    void deepNestingIsAnErrorNotAStackOverflow(@ForAll("depths") int depth, @ForAll("brackets") String open) {
        String close = open.equals("[") ? "]" : "}";
        String unit = open.equals("[") ? "[" : "{\"a\":";
        String json = unit.repeat(depth) + "1" + close.repeat(depth);
        ReadResult r = readSafely(json.getBytes(StandardCharsets.UTF_8), Format.AIF);
        assertTrue(r.hasErrors(), "nested JSON is no AIF document");
    }

    @Property(tries = 20)
    void hugeLinesAreReadInTime(@ForAll("hugeLineSizes") int size, @ForAll("formats") Format format) {
        String line = "x".repeat(size);
        String input = format == Format.AIF
                ? "{\"nodes\":[{\"nodeID\":\"1\",\"type\":\"I\",\"text\":\"" + line + "\"}],\"edges\":[]}"
                : line + "\n\n" + line + "\n";
        ReadResult r = readSafely(input.getBytes(StandardCharsets.UTF_8), format);
        assertTrue(!r.hasErrors(), () -> "a huge but valid input reads: " + r.errors());
    }

    @Property(tries = 100)
    void unknownNodeTypesAreErrorsAtTheType(@ForAll("unknownTypes") String type) {
        String json = "{\"nodes\":[{\"nodeID\":\"1\",\"type\":\"" + type + "\",\"text\":\"t\"}],\"edges\":[]}";
        ReadResult r = readSafely(json.getBytes(StandardCharsets.UTF_8), Format.AIF);
        assertTrue(r.errors().stream().anyMatch(d -> d.code().equals("aif-node-type") && d.line() == 1), () -> r.diagnostics().toString());
    }

    @Property(tries = 200)
    void invalidUtf8IsAnErrorWithAPosition(@ForAll("invalidUtf8") byte[] bytes, @ForAll("formats") Format format) {
        ReadResult r = readSafely(bytes, format);
        assertTrue(r.errors().stream().anyMatch(d -> d.code().equals("utf8")), () -> r.diagnostics().toString());
    }

    private static ReadResult readSafely(byte[] bytes, Format format) {
        ReadResult r = assertTimeoutPreemptively(Duration.ofSeconds(SECONDS),
                () -> INGEST.read(bytes, format, ReadContext.of("fuzz." + (format == Format.AIF ? "json" : "txt"))));
        assertNotNull(r);
        for (Diagnostic d : r.errors()) {
            if (d.code().equals("shacl")) continue;
            assertTrue(d.line() >= 1 && d.column() >= 1 && !d.message().isBlank(), () -> "error without a position: " + d);
        }
        if (r.errors().stream().anyMatch(d -> !d.code().equals("shacl"))) assertTrue(r.model().isEmpty(), "errors land nothing");
        return r;
    }

    @Provide
    Arbitrary<byte[]> randomBytes() {
        return Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(3000),
                Arbitraries.strings().withChars("{}[]\":,0123456789 \n\\tnulfaseINRACL").ofMaxLength(500)
                        .map(s -> s.getBytes(StandardCharsets.UTF_8)));
    }

    @Provide
    Arbitrary<Format> formats() { return Arbitraries.of(Format.AIF, Format.TEXT); }

    @Provide
    Arbitrary<byte[]> mutatedAraucaria() {
        Arbitrary<byte[]> file = Arbitraries.of(ARAUCARIA);
        Arbitrary<Integer> where = Arbitraries.integers().between(0, Integer.MAX_VALUE);
        Arbitrary<Integer> how = Arbitraries.integers().between(0, 5);
        Arbitrary<Byte> what = Arbitraries.bytes();
        return Combinators.combine(file, where, how, what).as(ReadersNeverThrowTest::mutate);
    }

    static byte[] mutate(byte[] original, int where, int how, byte what) {
        int at = original.length == 0 ? 0 : where % original.length;
        switch (how) {
            case 0: return Arrays.copyOf(original, at);
            case 1: {
                byte[] b = original.clone();
                if (b.length > 0) b[at] = what;
                return b;
            }
            case 2: {
                byte[] b = new byte[original.length + 1];
                System.arraycopy(original, 0, b, 0, at);
                b[at] = what;
                System.arraycopy(original, at, b, at + 1, original.length - at);
                return b;
            }
            case 3: {
                int end = Math.min(original.length, at + 1 + (where >>> 8) % 64);
                byte[] b = new byte[original.length - (end - at)];
                System.arraycopy(original, 0, b, 0, at);
                System.arraycopy(original, end, b, at, original.length - end);
                return b;
            }
            case 4: {
                String s = new String(original, StandardCharsets.UTF_8);
                String[] types = {"\"type\":\"RA\"", "\"type\":\"I\"", "\"type\":\"CA\""};
                String[] into = {"\"type\":\"XA\"", "\"type\":\"\"", "\"type\":7", "\"type\":\"L\"", "\"type\":\"TA\"", "\"type\":\"MA\"", "\"type\":\"YA\"", "\"type\":\"PA\""};
                return s.replaceFirst(types[where % 3].replace("\"", "\\\""), into[(where >>> 4) % into.length])
                        .getBytes(StandardCharsets.UTF_8);
            }
            default: {
                String s = new String(original, StandardCharsets.UTF_8);
                String[] keys = {"\"toID\"", "\"fromID\"", "\"nodeID\"", "\"nodes\"", "\"edges\"", "\"text\""};
                return s.replaceFirst(keys[where % keys.length], "\"gone\"").getBytes(StandardCharsets.UTF_8);
            }
        }
    }

    @Provide
    Arbitrary<Integer> depths() { return Arbitraries.integers().between(200, 200_000); }

    @Provide
    Arbitrary<String> brackets() { return Arbitraries.of("[", "{"); }

    @Provide
    Arbitrary<Integer> hugeLineSizes() { return Arbitraries.integers().between(100_000, 3_000_000); }

    @Provide
    Arbitrary<String> unknownTypes() {
        return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(6)
                .filter(t -> !List.of("I", "RA", "CA", "MA", "PA", "L", "YA", "TA").contains(t));
    }

    @Provide
    Arbitrary<byte[]> invalidUtf8() {
        Arbitrary<String> text = Arbitraries.strings().ofMaxLength(200);
        Arbitrary<byte[]> bad = Arbitraries.of(new byte[] {(byte) 0xff}, new byte[] {(byte) 0xc3}, new byte[] {(byte) 0xe2, (byte) 0x82},
                new byte[] {(byte) 0xed, (byte) 0xa0, (byte) 0x80}, new byte[] {(byte) 0xc0, (byte) 0xaf}, new byte[] {(byte) 0x80});
        return Combinators.combine(text, bad, text).as((a, b, c) -> {
            byte[] x = a.getBytes(StandardCharsets.UTF_8);
            byte[] z = ("" + c).getBytes(StandardCharsets.UTF_8);
            byte[] out = new byte[x.length + b.length + z.length];
            System.arraycopy(x, 0, out, 0, x.length);
            System.arraycopy(b, 0, out, x.length, b.length);
            System.arraycopy(z, 0, out, x.length + b.length, z.length);
            return out;
        });
    }

    private static List<byte[]> araucaria() {
        Path dir = Path.of(System.getProperty("cruxmap.conformance", "../../shared/conformance"), "aif", "araucaria");
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().limit(80).map(p -> {
                try {
                    return Files.readAllBytes(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
