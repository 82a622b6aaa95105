package org.cruxmap.ingest.rdf;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cruxmap.ingest.Diagnostic;
import org.cruxmap.ingest.FormatReader;
import org.cruxmap.ingest.ReadContext;
import org.cruxmap.ingest.ReadResult;
import org.cruxmap.ingest.Severity;

/**
 * Reads the RDF formats through Jena RIOT. Quads of every graph in a TriG or N-Quads file land in
 * the file's one graph (with a note saying so), because an imported file is one named graph.
 */
public final class RdfReader implements FormatReader {
    private final Lang lang;

    public RdfReader(Lang lang) { this.lang = lang; }

    @Override
    public ReadResult read(byte[] bytes, ReadContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        ErrorHandler handler = new CollectingHandler(context.fileName(), diagnostics);
        Graph graph = GraphFactory.createDefaultGraph();
        OneGraphSink sink = new OneGraphSink(graph);
        try {
            OfflineParsing.apply(RDFParser.create())
                    .source(new ByteArrayInputStream(bytes))
                    .lang(lang)
                    .base(context.base())
                    .errorHandler(handler)
                    .parse(sink);
        } catch (RiotException e) {
            if (diagnostics.stream().noneMatch(Diagnostic::isError)) {
                diagnostics.add(Diagnostic.error("rdf-syntax", context.fileName(), 0, 0, e.getMessage()));
            }
        } catch (RuntimeException e) {
            diagnostics.add(Diagnostic.error("rdf-syntax", context.fileName(), 0, 0, String.valueOf(e.getMessage())));
        }
        Model model = ModelFactory.createModelForGraph(graph);
        if (sink.namedGraphs() > 0) {
            diagnostics.add(new Diagnostic(Severity.INFO, "graphs-merged", context.fileName(), 0, 0,
                    sink.namedGraphs() + " named graph(s) merged into this file's graph"));
        }
        model.setNsPrefixes(sink.prefixes());
        return new ReadResult(model, diagnostics);
    }

    /** Turns RIOT's callbacks into diagnostics; a fatal error also stops the parser. */
    private record CollectingHandler(String file, List<Diagnostic> out) implements ErrorHandler {
        @Override public void warning(String message, long line, long col) {
            out.add(new Diagnostic(Severity.WARNING, "rdf-warning", file, (int) Math.max(line, 0), (int) Math.max(col, 0), message));
        }
        @Override public void error(String message, long line, long col) {
            out.add(Diagnostic.error("rdf-syntax", file, (int) Math.max(line, 0), (int) Math.max(col, 0), message));
        }
        @Override public void fatal(String message, long line, long col) {
            error(message, line, col);
            throw new RiotException(message);
        }
    }
}
