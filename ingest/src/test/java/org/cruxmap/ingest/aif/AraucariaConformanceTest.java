package org.cruxmap.ingest.aif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.cruxmap.ingest.Diagnostic;
import org.cruxmap.ingest.Format;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.ingest.ReadContext;
import org.cruxmap.ingest.ReadResult;
import org.cruxmap.ontology.CM;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The 661 AraucariaDB nodesets in the shared conformance folder: each imports without errors and
 * passes SHACL, its node counts by type and its edge count match the JSON (counted here with Jena's
 * own JSON parser, not the reader's), and exporting it to AIF and importing that again gives an
 * isomorphic graph.
 */
class AraucariaConformanceTest {
    static final Path DIR = Path.of(System.getProperty("cruxmap.conformance", "../../shared/conformance"), "aif", "araucaria");
    private static final Ingest INGEST = Ingest.standard();

    static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(DIR)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    @Test
    void theWholeAraucariaSetIsThere() throws IOException {
        assertEquals(661, files().size(), "nodesets in " + DIR);
    }

    @TestFactory
    Stream<DynamicTest> everyNodesetImportsWithItsCountsAndSurvivesAnAifRoundTrip() throws IOException {
        return files().stream().map(path -> DynamicTest.dynamicTest(path.getFileName().toString(), () -> {
            byte[] bytes = Files.readAllBytes(path);
            ReadContext ctx = ReadContext.of(path.getFileName().toString());
            ReadResult read = INGEST.read(bytes, Format.AIF, ctx);
            assertEquals(List.of(), read.errors(), "errors reading " + path);
            assertTrue(read.diagnostics().stream().noneMatch(d -> d.severity() == org.cruxmap.ingest.Severity.WARNING),
                    () -> "warnings: " + read.diagnostics());

            Counts expected = Counts.ofJson(new String(bytes, StandardCharsets.UTF_8));
            Counts actual = Counts.ofModel(read.model());
            assertEquals(expected, actual, "node and edge counts of " + path);

            String exported = AifWriter.write(read.model());
            ReadResult again = INGEST.read(exported.getBytes(StandardCharsets.UTF_8), Format.AIF, ctx);
            assertEquals(List.of(), again.errors(), "errors re-reading the export of " + path);
            assertTrue(read.model().isIsomorphicWith(again.model()),
                    () -> "export then import changed the graph of " + path + ":\n" + exported);
        }));
    }

    /** Nodes by AIF type and the number of edges. */
    record Counts(Map<String, Integer> nodes, int edges) {

        /** Counted in the JSON itself. */
        static Counts ofJson(String json) {
            JsonObject root = JSON.parse(json);
            Map<String, Integer> nodes = new TreeMap<>();
            for (JsonValue n : root.get("nodes").getAsArray()) {
                nodes.merge(n.getAsObject().get("type").getAsString().value(), 1, Integer::sum);
            }
            return new Counts(nodes, root.get("edges").getAsArray().size());
        }

        /**
         * Counted in the model: an I-node per statement, an RA per argument, a CA, MA or PA per
         * S-node ID behind the relations of its kind, an L per locution, a YA per expressed statement,
         * a TA per transition; edges are premises, conclusions, the ends of each S-node, and two per
         * YA and TA.
         */
        static Counts ofModel(Model m) {
            Map<String, Integer> nodes = new TreeMap<>();
            add(nodes, "I", m.listSubjectsWithProperty(RDF.type, CM.Claim).toList().size());
            int edges = 0;
            int arguments = 0;
            for (Resource a : m.listSubjectsWithProperty(RDF.type, CM.Argument).toList()) {
                arguments++;
                edges += m.listObjectsOfProperty(a, CM.premise).toList().size();
                edges += m.listObjectsOfProperty(a, CM.conclusion).toList().size();
            }
            add(nodes, "RA", arguments);
            Map<String, Set<RDFNode>> froms = new HashMap<>();
            Map<String, Set<RDFNode>> tos = new HashMap<>();
            Map<String, String> typeOf = new HashMap<>();
            for (Resource r : m.listSubjectsWithProperty(RDF.type, CM.Relation).toList()) {
                Statement data = r.getProperty(CM.data);
                if (data == null) continue;
                String id = JSON.parse(data.getString()).get("nodeID").toString();
                Resource kind = r.getPropertyResourceValue(CM.kind);
                String type = kind.equals(CM.rephrases) ? "MA" : kind.equals(CM.preferredTo) ? "PA" : "CA";
                typeOf.put(id, type);
                froms.computeIfAbsent(id, k -> new HashSet<>()).add(r.getPropertyResourceValue(CM.from));
                tos.computeIfAbsent(id, k -> new HashSet<>()).add(r.getPropertyResourceValue(CM.to));
            }
            for (Map.Entry<String, String> e : typeOf.entrySet()) {
                add(nodes, e.getValue(), 1);
                edges += froms.get(e.getKey()).size() + tos.get(e.getKey()).size();
            }
            add(nodes, "L", m.listSubjectsWithProperty(RDF.type, CM.Locution).toList().size());
            int ya = m.listStatements(null, CM.expresses, (RDFNode) null).toList().size();
            int ta = m.listStatements(null, CM.transitionTo, (RDFNode) null).toList().size();
            add(nodes, "YA", ya);
            add(nodes, "TA", ta);
            return new Counts(nodes, edges + 2 * ya + 2 * ta);
        }

        private static void add(Map<String, Integer> nodes, String type, int n) {
            if (n > 0) nodes.merge(type, n, Integer::sum);
        }
    }

}
