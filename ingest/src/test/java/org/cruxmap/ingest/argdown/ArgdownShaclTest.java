package org.cruxmap.ingest.argdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.cruxmap.ingest.ReadContext;
import org.cruxmap.ingest.ReadResult;
import org.cruxmap.ingest.shacl.ShaclCheck;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every conformance file, read as a self-contained map, gives a graph that passes the SHACL shapes. */
class ArgdownShaclTest {

    @TestFactory
    Stream<DynamicTest> eachConformanceFileMapsToAGraphThatPassesTheShapes() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(ArgdownConformanceTest.dir()));
        return ArgdownConformanceTest.files().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String name = file.getFileName().toString();
            ReadResult r = ArgdownReader.standalone().read(Files.readAllBytes(file), ReadContext.of(name));
            assertEquals(List.of(), ShaclCheck.check(r.model(), name), name);
        }));
    }
}
