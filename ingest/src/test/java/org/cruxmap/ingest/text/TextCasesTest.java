package org.cruxmap.ingest.text;

import java.util.stream.Stream;
import org.cruxmap.ingest.Format;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.ingest.ReadContext;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The source-text cases under {@code src/test/resources/text/}, listed in its manifest. */
class TextCasesTest {
    private static final Ingest INGEST = Ingest.standard();

    @TestFactory
    Stream<DynamicTest> eachTextCaseReadsAsItsExpectedSourceAndDiagnostics() {
        return CaseFolder.list("text").stream().map(c -> c.test(() -> {
            String ext = c.input().getFileName().toString().substring("input".length());
            c.check(INGEST.read(c.bytes(), Format.TEXT, ReadContext.of("texts/" + c.name() + ext)));
        }));
    }
}
