package org.cruxmap.server.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The frameworks of the shared Dung conformance folder and our own cases, each with labellings
 * worked out by hand (see semantics/manifest.json), under grounded, preferred and stable.
 */
class DungConformanceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode manifest() throws IOException {
        try (InputStream in = DungConformanceTest.class.getResourceAsStream("/semantics/manifest.json")) {
            return JSON.readTree(in);
        }
    }

    static byte[] input(String ref) throws IOException {
        if (ref.startsWith("conformance:")) {
            String dir = System.getProperty("cruxmap.conformance");
            if (dir == null) throw new IllegalStateException("the system property cruxmap.conformance is not set (the parent pom sets it)");
            return Files.readAllBytes(Path.of(dir, ref.substring("conformance:".length())));
        }
        try (InputStream in = DungConformanceTest.class.getResourceAsStream("/semantics/" + ref)) {
            if (in == null) throw new IllegalStateException("no test file semantics/" + ref);
            return in.readAllBytes();
        }
    }

    static Framework framework(String ref) throws IOException {
        TgfReader.Result r = TgfReader.read(input(ref), ref);
        assertFalse(r.hasErrors(), r.diagnostics().toString());
        return r.framework();
    }

    private static Set<Set<String>> setsOf(JsonNode arrays) {
        Set<Set<String>> out = new HashSet<>();
        arrays.forEach(a -> {
            Set<String> s = new TreeSet<>();
            a.forEach(x -> s.add(x.asText()));
            out.add(s);
        });
        return out;
    }

    private static Set<Set<String>> setsOf(List<List<String>> extensions) {
        Set<Set<String>> out = new HashSet<>();
        extensions.forEach(e -> out.add(new TreeSet<>(e)));
        return out;
    }

    private static Set<String> strings(JsonNode a) {
        Set<String> s = new TreeSet<>();
        a.forEach(x -> s.add(x.asText()));
        return s;
    }

    @TestFactory
    Stream<DynamicTest> everyCaseOfTheManifestHasTheHandWorkedLabellingsUnderEachSemantics() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : manifest().get("cases")) {
            String name = c.get("name").asText();
            JsonNode expected;
            try (InputStream in = getClass().getResourceAsStream("/semantics/" + c.get("expected").asText())) {
                expected = JSON.readTree(in);
            }
            String input = c.get("input").asText();
            tests.add(DynamicTest.dynamicTest(name + " grounded", () -> {
                Labelling g = Grounded.of(framework(input));
                assertTrue(g.isComplete(), "the grounded labelling is complete");
                JsonNode e = expected.get("grounded");
                assertEquals(strings(e.get("in")), new TreeSet<>(g.with(Label.IN)), name + " in");
                assertEquals(strings(e.get("out")), new TreeSet<>(g.with(Label.OUT)), name + " out");
                assertEquals(strings(e.get("undec")), new TreeSet<>(g.with(Label.UNDEC)), name + " undec");
            }));
            for (Semantics s : List.of(Semantics.PREFERRED, Semantics.STABLE)) {
                tests.add(DynamicTest.dynamicTest(name + " " + s.word(), () -> {
                    SemanticsResult r = LabellingSearch.run(framework(input), s, Budget.DEFAULT);
                    assertTrue(r.complete());
                    assertEquals(setsOf(expected.get(s.word())), setsOf(r.extensions()), name + " " + s.word());
                    r.labellings().forEach(l -> assertTrue(l.isComplete(), "every labelling found is complete"));
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void theManifestCoversAllEightSharedDungFrameworks() throws IOException {
        Set<String> listed = new TreeSet<>();
        manifest().get("cases").forEach(c -> {
            String in = c.get("input").asText();
            if (in.startsWith("conformance:dung/")) listed.add(in.substring("conformance:dung/".length()));
        });
        Set<String> onDisk = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("cruxmap.conformance"), "dung"))) {
            files.map(p -> p.getFileName().toString()).filter(f -> f.endsWith(".tgf")).forEach(onDisk::add);
        }
        assertEquals(8, onDisk.size());
        assertEquals(onDisk, listed);
    }

    @Test
    void theGroundedExtensionIsInEveryPreferredExtensionAndEveryStableOneIsPreferred() throws IOException {
        for (JsonNode c : manifest().get("cases")) {
            Framework f = framework(c.get("input").asText());
            Set<String> grounded = new TreeSet<>(Grounded.of(f).extension());
            Set<Set<String>> preferred = setsOf(LabellingSearch.run(f, Semantics.PREFERRED, Budget.DEFAULT).extensions());
            Set<Set<String>> stable = setsOf(LabellingSearch.run(f, Semantics.STABLE, Budget.DEFAULT).extensions());
            for (Set<String> p : preferred) assertTrue(p.containsAll(grounded), c.get("name").asText());
            assertTrue(preferred.containsAll(stable), c.get("name").asText());
        }
    }
}
