package org.cruxmap.ingest.rdf;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.lang.LabelToNode;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cruxmap.ingest.Diagnostic;
import org.cruxmap.ingest.aif.JsonParser;
import org.cruxmap.ingest.FormatReader;
import org.cruxmap.ingest.ReadContext;
import org.cruxmap.ingest.ReadResult;
import org.cruxmap.ingest.Severity;

/**
 * Reads the RDF formats through Jena RIOT. Quads of every graph in a TriG or N-Quads file land in
 * the file's one graph (with a note saying so), because an imported file is one named graph.
 */
public final class RdfReader implements FormatReader {
    /** Line-based files at least this big are parsed in two halves side by side. */
    static final int HALVES_FROM = 4 << 20;

    private final Lang lang;
    private final int halvesFrom;

    public RdfReader(Lang lang) { this(lang, HALVES_FROM); }

    RdfReader(Lang lang, int halvesFrom) {
        this.lang = lang;
        this.halvesFrom = halvesFrom;
    }

    @Override
    public ReadResult read(byte[] bytes, ReadContext context) {
        int cut = lineBased() && bytes.length >= halvesFrom ? LineCut.middle(bytes) : -1;
        Part whole;
        if (cut <= 0 || cut >= bytes.length) {
            whole = Part.parse(lang, bytes, 0, bytes.length, null, context);
        } else {
            // One statement per line: each half parses alone; blank node labels map through one shared
            // hash scope, and the second half's diagnostics are renumbered from where it starts in the file.
            UUID scope = UUID.randomUUID();
            CompletableFuture<Part> second = CompletableFuture.supplyAsync(
                    () -> Part.parse(lang, bytes, cut, bytes.length, scope, context));
            Part first = Part.parse(lang, bytes, 0, cut, scope, context);
            whole = first.then(second.join().startingAt(bytes, cut));
            // A statement RIOT would accept across lines may straddle the cut: any error, and the
            // file is parsed again in one piece, so errors are exactly those of one parser.
            if (whole.diagnostics().stream().anyMatch(Diagnostic::isError)) {
                whole = Part.parse(lang, bytes, 0, bytes.length, null, context);
            }
        }
        Model model = ModelFactory.createModelForGraph(whole.graph());
        if (whole.sink().namedGraphs() > 0) {
            whole.diagnostics().add(new Diagnostic(Severity.INFO, "graphs-merged", context.fileName(), 0, 0,
                    whole.sink().namedGraphs() + " named graph(s) merged into this file's graph"));
        }
        model.setNsPrefixes(whole.sink().prefixes());
        return new ReadResult(model, whole.diagnostics());
    }

    private boolean lineBased() { return lang.equals(Lang.NQUADS) || lang.equals(Lang.NTRIPLES); }

    /** What one parser run gave: its graph, its sink's counts and prefixes, its diagnostics. */
    private record Part(Graph graph, OneGraphSink sink, List<Diagnostic> diagnostics) {
        static Part parse(Lang lang, byte[] bytes, int from, int to, UUID scope, ReadContext context) {
            List<Diagnostic> diagnostics = new ArrayList<>();
            ErrorHandler handler = new CollectingHandler(context.fileName(), diagnostics);
            Graph graph = GraphFactory.createDefaultGraph();
            OneGraphSink sink = new OneGraphSink(graph);
            try {
                RDFParserBuilder parser = OfflineParsing.apply(RDFParser.create(), lang)
                        .source(new ByteArrayInputStream(bytes, from, to - from))
                        .base(context.base())
                        .errorHandler(handler);
                if (scope != null) parser.labelToNode(LabelToNode.createScopeByDocumentHash(scope));
                parser.parse(sink);
            } catch (RiotException e) {
                if (diagnostics.stream().noneMatch(Diagnostic::isError)) {
                    diagnostics.add(Diagnostic.error("rdf-syntax", context.fileName(), 0, 0, e.getMessage()));
                }
            } catch (RuntimeException e) {
                diagnostics.add(Diagnostic.error("rdf-syntax", context.fileName(), 0, 0, String.valueOf(e.getMessage())));
            }
            if (RDFLanguages.sameLang(lang, Lang.JSONLD)) diagnostics.replaceAll(d -> explainedJsonLd(d, bytes, from, to, context));
            return new Part(graph, sink, diagnostics);
        }

        /**
         * JSON-LD's loader says only that the document "could not be loaded or parsed"; when the
         * cause is that the JSON itself does not parse, the JSON parser says what and where.
         */
        private static Diagnostic explainedJsonLd(Diagnostic d, byte[] bytes, int from, int to, ReadContext context) {
            if (!d.isError() || !d.message().contains("LOADING_DOCUMENT_FAILED")) return d;
            try {
                JsonParser.parse(new String(bytes, from, to - from, StandardCharsets.UTF_8));
                return d; // the JSON is fine: the loader failed for another reason (a remote context, say)
            } catch (JsonParser.JsonSyntaxError bad) {
                return Diagnostic.error("rdf-syntax", context.fileName(), bad.line(), bad.column(), "not well-formed JSON: " + bad.getMessage());
            }
        }

        /** This part, parsed from {@code offset} of the file on, with its diagnostics' lines counted from the file's start (counted only when it has any). */
        Part startingAt(byte[] bytes, int offset) {
            if (diagnostics.isEmpty()) return this;
            long before = LineCut.lines(bytes, offset);
            List<Diagnostic> renumbered = new ArrayList<>();
            for (Diagnostic d : diagnostics) {
                renumbered.add(d.line() <= 0 ? d : new Diagnostic(d.severity(), d.code(), d.file(), (int) (d.line() + before), d.column(), d.message()));
            }
            return new Part(graph, sink, renumbered);
        }

        /** This part followed by the next one of the same file. */
        Part then(Part next) {
            GraphUtil.addInto(graph, next.graph);
            sink.absorb(next.sink);
            diagnostics.addAll(next.diagnostics);
            return this;
        }
    }

    /** Turns RIOT's callbacks into diagnostics; a fatal error also stops the parser. */
    private record CollectingHandler(String file, List<Diagnostic> out) implements ErrorHandler {
        @Override public void warning(String message, long line, long col) {
            out.add(new Diagnostic(Severity.WARNING, "rdf-warning", file, line(line), (int) Math.max(col, 0), message));
        }
        @Override public void error(String message, long line, long col) {
            out.add(Diagnostic.error("rdf-syntax", file, line(line), (int) Math.max(col, 0), message));
        }
        private static int line(long line) { return (int) Math.max(line, 0); }
        @Override public void fatal(String message, long line, long col) {
            error(message, line, col);
            throw new RiotException(message);
        }
    }
}
