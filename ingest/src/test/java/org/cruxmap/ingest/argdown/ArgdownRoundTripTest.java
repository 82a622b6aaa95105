package org.cruxmap.ingest.argdown;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDFS;
import org.cruxmap.ingest.ReadContext;
import org.cruxmap.ingest.ReadResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Export to Argdown then re-import gives the same statements, arguments and relations. */
class ArgdownRoundTripTest {

    @Test
    void theConventionSampleRoundTripsToAnIsomorphicGraph() throws IOException {
        ReadResult first = ArgdownMappingTest.readSample();
        String argdown = ArgdownWriter.write(first.model());
        ReadResult second = new ArgdownReader().read(argdown.getBytes(StandardCharsets.UTF_8), ArgdownMappingTest.sampleContext());
        assertFalse(second.hasErrors(), () -> second.diagnostics() + "\n" + argdown);
        assertIsomorphic(withoutUntitledLabels(first.model()), withoutUntitledLabels(second.model()), argdown);
    }

    @TestFactory
    Stream<DynamicTest> eachErrorFreeConformanceFileRoundTrips() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(ArgdownConformanceTest.dir()));
        return ArgdownConformanceTest.files().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String name = file.getFileName().toString();
            ReadResult first = ArgdownReader.standalone().read(Files.readAllBytes(file), ReadContext.of(name));
            Assumptions.assumeFalse(first.hasErrors(), "the reference reports errors in " + name + ": its model is partial");
            String argdown = ArgdownWriter.write(first.model());
            ReadResult second = ArgdownReader.standalone().read(argdown.getBytes(StandardCharsets.UTF_8), ReadContext.of(name));
            assertFalse(second.hasErrors(), () -> second.diagnostics() + "\n" + argdown);
            assertIsomorphic(withoutUntitledLabels(first.model()), withoutUntitledLabels(second.model()), argdown);
        }));
    }

    /** Untitled statements are exported under their ids, so their labels (a cut of their text) change. */
    static Model withoutUntitledLabels(Model m) {
        Model out = ModelFactory.createDefaultModel().add(m);
        List<org.apache.jena.rdf.model.Statement> labels = out.listStatements(null, RDFS.label, (String) null)
                .filterKeep(s -> s.getSubject().getURI().matches(".*-untitled-\\d+")).toList();
        out.remove(labels);
        return out;
    }

    static void assertIsomorphic(Model expected, Model actual, String argdown) {
        if (!expected.isIsomorphicWith(actual)) {
            StringWriter w = new StringWriter();
            w.append("only before:\n");
            RDFDataMgr.write(w, expected.difference(actual), Lang.TURTLE);
            w.append("only after:\n");
            RDFDataMgr.write(w, actual.difference(expected), Lang.TURTLE);
            w.append("argdown:\n").append(argdown);
            assertTrue(false, w.toString());
        }
    }
}
