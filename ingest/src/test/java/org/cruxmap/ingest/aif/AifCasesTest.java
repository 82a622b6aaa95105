package org.cruxmap.ingest.aif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.cruxmap.ingest.Format;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.ingest.ReadContext;
import org.cruxmap.ingest.ReadResult;
import org.cruxmap.ingest.text.CaseFolder;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The AIF cases under {@code src/test/resources/aif/}, listed in its manifest. */
class AifCasesTest {
    private static final Ingest INGEST = Ingest.standard();

    @TestFactory
    Stream<DynamicTest> eachAifCaseReadsAsItsExpectedGraphAndDiagnostics() {
        return CaseFolder.list("aif").stream().map(c -> c.test(() -> {
            ReadResult result = INGEST.read(c.bytes(), Format.AIF, ReadContext.of(c.name() + ".json"));
            c.check(result);
            if (result.hasErrors()) {
                assertTrue(result.model().isEmpty(), "a file with errors lands nothing");
                assertTrue(result.errors().stream().allMatch(d -> d.line() > 0 && d.column() > 0), () -> "errors without a position: " + result.errors());
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> eachReadableAifCaseSurvivesExportAndImport() {
        return CaseFolder.list("aif").stream().map(c -> c.test(() -> {
            ReadContext ctx = ReadContext.of(c.name() + ".json");
            ReadResult first = INGEST.read(c.bytes(), Format.AIF, ctx);
            if (first.hasErrors()) return;
            String exported = AifWriter.write(first.model());
            ReadResult again = INGEST.read(exported.getBytes(StandardCharsets.UTF_8), Format.AIF, ctx);
            assertEquals(List.of(), again.errors());
            assertTrue(first.model().isIsomorphicWith(again.model()), () -> "export:\n" + exported);
        }));
    }
}
