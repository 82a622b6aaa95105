package org.cruxmap.ingest.rdf;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.cruxmap.ingest.Diagnostic;
import org.cruxmap.ingest.Severity;
import org.cruxmap.ingest.ReadContext;
import org.cruxmap.ingest.ReadResult;
import org.junit.jupiter.api.Test;

/**
 * Big N-Triples and N-Quads files are parsed in two halves side by side: the result must be the one
 * a single parser gives, blank nodes shared across the cut and line numbers of errors included.
 */
class HalvesParsingTest {
    private static final RdfReader WHOLE = new RdfReader(Lang.NQUADS, Integer.MAX_VALUE);
    private static final RdfReader HALVES = new RdfReader(Lang.NQUADS, 1);

    /** 400 lines; the blank node _:shared appears on the first line and the last, across the cut. */
    private static String quads(String broken) {
        StringBuilder out = new StringBuilder("_:shared <https://w3id.org/cruxmap/ns#title> \"first\" <urn:g:a> .\n");
        for (int i = 1; i < 399; i++) {
            String g = i % 2 == 0 ? "<urn:g:a>" : "<urn:g:b>";
            out.append("<https://w3id.org/cruxmap/id/s").append(i).append("> <https://w3id.org/cruxmap/ns#next> _:n")
                    .append(i % 7).append(' ').append(g).append(" .\n");
            if (i == 300 && broken != null) out.append(broken).append('\n');
        }
        return out.append("<https://w3id.org/cruxmap/id/end> <https://w3id.org/cruxmap/ns#about> _:shared <urn:g:b> .\n").toString();
    }

    private static ReadResult read(RdfReader reader, String text) {
        return reader.read(text.getBytes(UTF_8), ReadContext.of("big.nq"));
    }

    @Test
    void twoHalvesGiveTheGraphOneParserGivesWithBlankNodesSharedAcrossTheCut() {
        ReadResult whole = read(WHOLE, quads(null));
        ReadResult halves = read(HALVES, quads(null));
        assertEquals(400, whole.model().size());
        assertTrue(whole.model().getGraph().isIsomorphicWith(halves.model().getGraph()), "same triples, same blank nodes");
        Set<Node> titled = halves.model().getGraph().find(Node.ANY, org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/cruxmap/ns#title"), Node.ANY)
                .mapWith(t -> t.getSubject()).toSet();
        Set<Node> about = halves.model().getGraph().find(Node.ANY, org.apache.jena.graph.NodeFactory.createURI("https://w3id.org/cruxmap/ns#about"), Node.ANY)
                .mapWith(t -> t.getObject()).toSet();
        assertEquals(titled, about, "_:shared on the first and the last line is one blank node");
        assertEquals(messages(whole), messages(halves), "the same note: two named graphs merged");
    }

    @Test
    void anErrorInTheSecondHalfIsReportedAtItsLineInTheFile() {
        ReadResult whole = read(WHOLE, quads("<urn:x> <urn:p> \"unterminated <urn:g:a> ."));
        ReadResult halves = read(HALVES, quads("<urn:x> <urn:p> \"unterminated <urn:g:a> ."));
        Diagnostic first = whole.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        Diagnostic second = halves.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertTrue(first.line() > 300, "the broken line comes after line 300, past the cut: " + first);
        assertEquals(first.line(), second.line(), second.toString());
        assertEquals(first.message(), second.message());
    }

    @Test
    void aStatementSpreadOverTwoLinesAcrossTheCutReadsAsOneParserReadsIt() {
        String prefix = "<urn:a> <urn:p> \"one\" <urn:g:a> .\n".repeat(50);
        String three = "<urn:c> <urn:p> \"three\" <urn:g:a> .\n";
        int target = prefix.length() - 20; // puts the middle of the file inside "<urn:b> <urn:p>"
        StringBuilder suffix = new StringBuilder();
        while (suffix.length() + three.length() <= target - 3) suffix.append(three);
        suffix.append('#').append("x".repeat(target - suffix.length() - 2)).append('\n');
        String text = prefix + "<urn:b> <urn:p>\n\"two\" <urn:g:a> .\n" + suffix;
        byte[] bytes = text.getBytes(UTF_8);
        int cut = LineCut.middle(bytes);
        assertTrue(text.substring(0, cut).endsWith("<urn:b> <urn:p>\n"), "the cut falls inside the statement");
        ReadResult whole = read(WHOLE, text);
        ReadResult halves = read(HALVES, text);
        assertEquals(messages(whole), messages(halves));
        assertEquals(whole.diagnostics().stream().map(Diagnostic::line).toList(), halves.diagnostics().stream().map(Diagnostic::line).toList());
        assertTrue(whole.model().getGraph().isIsomorphicWith(halves.model().getGraph()));
    }

    @Test
    void aWarningInTheSecondHalfIsReportedAtItsLineInTheFile() {
        String text = quads("<http://example.org/a%zz> <urn:p> \"x\" <urn:g:a> .");
        ReadResult whole = read(WHOLE, text);
        ReadResult halves = read(HALVES, text);
        List<Diagnostic> warnings = whole.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING).toList();
        assertTrue(whole.diagnostics().stream().noneMatch(Diagnostic::isError), whole.diagnostics().toString());
        assertEquals(1, warnings.size(), whole.diagnostics().toString());
        assertEquals(302, warnings.get(0).line(), "the line after line 301, where quads() inserts it");
        assertEquals(whole.diagnostics(), halves.diagnostics());
    }

    @Test
    void theCutFallsJustAfterALineBreakPastTheMiddle() {
        byte[] bytes = "a\nbb\nccc\ndddd\n".getBytes(UTF_8);
        int cut = LineCut.middle(bytes);
        assertEquals('\n', bytes[cut - 1]);
        assertTrue(cut >= bytes.length / 2);
        assertEquals(3, LineCut.lines(bytes, cut), "a, bb and ccc end before the cut");
        assertEquals(-1, LineCut.middle("no line break at all".getBytes(UTF_8)));
    }

    private static List<String> messages(ReadResult r) {
        return r.diagnostics().stream().map(Diagnostic::message).sorted().collect(Collectors.toList());
    }
}
