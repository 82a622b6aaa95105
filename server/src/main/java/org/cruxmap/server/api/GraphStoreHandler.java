package org.cruxmap.server.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.ModelFactory;
import org.cruxmap.ingest.Diagnostic;
import org.cruxmap.ingest.shacl.ShaclCheck;
import java.util.Map;
import java.util.UUID;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.cruxmap.ingest.rdf.OfflineParsing;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.cruxmap.ontology.CM;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.sparql.Negotiation;
import org.cruxmap.server.sparql.SparqlError;
import org.cruxmap.server.sparql.SparqlFormat;
import org.cruxmap.server.sparql.StoreView;

/**
 * The SPARQL 1.1 Graph Store Protocol with indirect graph identification at {@code /data}:
 * {@code ?graph=IRI} names a graph, {@code ?default} the default graph (the stored graph
 * {@link StoreView#DEFAULT_GRAPH}), neither the whole store (GET as TriG or N-Quads; POST creates a
 * new graph). Writes need the bearer token and go through the knowledge base's one write path.
 */
final class GraphStoreHandler implements Handler {
    private static final String POSTED = CM.GRAPH_BASE + "posted/";

    private final KnowledgeBase kb;
    private final WriteGuard guard;
    private final long maxBody;

    GraphStoreHandler(KnowledgeBase kb, WriteGuard guard, long maxBody) {
        this.kb = kb;
        this.guard = guard;
        this.maxBody = maxBody;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        Node graph = target(ctx);
        HandlerType m = ctx.method();
        if (m.equals(HandlerType.GET) || m.equals(HandlerType.HEAD)) read(ctx, graph);
        else if (m.equals(HandlerType.PUT)) put(ctx, graph);
        else if (m.equals(HandlerType.POST)) post(ctx, graph);
        else if (m.equals(HandlerType.DELETE)) delete(ctx, graph);
        else throw new ApiError(405, "method not allowed", m + " /data");
    }

    /** The graph the request names: a graph IRI, the default graph, or null for the whole store. */
    private static Node target(Context ctx) {
        Map<String, List<String>> params = ctx.queryParamMap();
        List<String> graph = params.get("graph");
        boolean dflt = params.containsKey("default");
        if (graph != null && dflt) throw ApiError.badRequest("bad parameters: graph, default", "give either ?default or ?graph=IRI, not both");
        if (dflt) return StoreView.DEFAULT_NODE;
        if (graph == null) return null;
        if (graph.size() != 1) throw ApiError.badRequest("bad parameter: graph", "give exactly one graph IRI");
        String iri = graph.get(0);
        try {
            IRIx x = IRIx.create(iri);
            if (!x.isAbsolute()) throw ApiError.badRequest("bad parameter: graph", "'" + iri + "' is not an absolute IRI");
        } catch (IRIException e) {
            throw ApiError.badRequest("bad parameter: graph", "'" + iri + "' is not an IRI: " + e.getMessage());
        }
        return NodeFactory.createURI(iri);
    }

    private void read(Context ctx, Node graph) throws Exception {
        boolean head = ctx.method().equals(HandlerType.HEAD);
        Negotiation.Kind kind = graph == null ? Negotiation.Kind.DATASET : Negotiation.Kind.GRAPH;
        SparqlFormat format = SparqlHandler.format(ctx, kind, Map.of());
        byte[] bytes = kb.store().read(ds -> {
            StoreView view = new StoreView(ds.asDatasetGraph());
            if (graph != null && !view.containsGraph(graph)) return null;
            if (head) return new byte[0];
            var out = new java.io.ByteArrayOutputStream();
            if (graph == null) RDFDataMgr.write(out, view, format.rdfLang);
            else if (format.rdfLang == Lang.TRIG || format.rdfLang == Lang.NQUADS) {
                RDFDataMgr.write(out, DatasetGraphFactory.wrap(view.getGraph(graph)), format.rdfLang);
            } else RDFDataMgr.write(out, view.getGraph(graph), format.rdfLang);
            return out.toByteArray();
        });
        if (bytes == null) throw ApiError.notFound("no graph <" + graph.getURI() + "> in the store");
        ctx.header("Vary", "Accept");
        ctx.contentType(SparqlHandler.contentType(format));
        if (!head) ctx.result(bytes);
    }

    private void put(Context ctx, Node graph) {
        guard.check(ctx);
        if (graph == null) throw ApiError.badRequest("missing parameter", "PUT needs ?graph=IRI or ?default");
        Graph data = body(ctx, graph);
        conform(data);
        boolean[] existed = {false};
        kb.write(ds -> {
            StoreView view = new StoreView(ds.asDatasetGraph());
            existed[0] = StoreView.isDefault(graph) || view.containsGraph(graph);
            view.addGraph(graph, data);
        }, Set.of(graphIri(graph)));
        ctx.status(existed[0] ? 204 : 201);
    }

    private void post(Context ctx, Node named) {
        guard.check(ctx);
        Node graph = named != null ? named : NodeFactory.createURI(POSTED + UUID.randomUUID());
        Graph data = body(ctx, graph);
        boolean[] existed = {false};
        kb.write(ds -> {
            StoreView view = new StoreView(ds.asDatasetGraph());
            existed[0] = StoreView.isDefault(graph) || view.containsGraph(graph);
            conformAround(existed[0] ? view.getGraph(graph) : GraphFactory.createDefaultGraph(), data);
            data.find().forEach(t -> view.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        }, Set.of(graphIri(graph)));
        if (existed[0]) {
            ctx.status(204);
        } else {
            ctx.status(201);
            ctx.header("Location", graph.getURI());
        }
    }

    /** The stored graph a Graph Store graph is kept in (the default graph has one of its own). */
    private static String graphIri(Node graph) { return StoreView.isDefault(graph) ? StoreView.DEFAULT_GRAPH : graph.getURI(); }

    private void delete(Context ctx, Node graph) {
        guard.check(ctx);
        if (graph == null) throw ApiError.badRequest("missing parameter", "DELETE needs ?graph=IRI or ?default");
        if (StoreView.isDefault(graph)) {
            kb.write(ds -> new StoreView(ds.asDatasetGraph()).removeGraph(graph), Set.of(StoreView.DEFAULT_GRAPH));
        } else {
            if (StoreView.isSystem(graph)) throw new SparqlError(403, "the system graph is read-only", "it is kept by Cruxmap itself");
            if (!kb.removeGraph(graph.getURI())) throw ApiError.notFound("no graph <" + graph.getURI() + "> in the store");
        }
        ctx.status(204);
    }

    /**
     * Holds a graph about to be written to the shapes an import is held to (a statement needs a
     * status, a crux is not a claim, ...): a 400 naming each violation, inside the write, which then
     * lands not at all. Data outside the cm: vocabulary meets no shape.
     */
    private static void conform(Graph g) { refuse(ShaclCheck.check(ModelFactory.createModelForGraph(g), "the graph")); }

    /**
     * A POST: the body with what the graph already says of the nodes it touches, two steps out (a
     * shape looks one step past its node, at the type of a relation's other end), checked for those
     * nodes only, so the cost follows the body, not the graph, and a fault elsewhere in the graph
     * (written by SPARQL Update, which is not checked) does not refuse it.
     */
    private static void conformAround(Graph existing, Graph body) {
        java.util.Set<Node> touched = new java.util.HashSet<>();
        body.find().forEach(t -> {
            touched.add(t.getSubject());
            if (!t.getObject().isLiteral()) touched.add(t.getObject());
        });
        Graph around = GraphFactory.createDefaultGraph();
        body.find().forEach(around::add);
        java.util.Set<Node> step = touched;
        for (int hop = 0; hop < 2 && !existing.isEmpty(); hop++) {
            java.util.Set<Node> next = new java.util.HashSet<>();
            for (Node n : step) {
                existing.find(n, Node.ANY, Node.ANY).forEach(t -> {
                    around.add(t);
                    if (!t.getObject().isLiteral()) next.add(t.getObject());
                });
            }
            step = next;
        }
        refuse(ShaclCheck.check(ModelFactory.createModelForGraph(around), "the graph", touched::contains));
    }

    private static void refuse(List<Diagnostic> broken) {
        if (broken.isEmpty()) return;
        StringBuilder detail = new StringBuilder();
        broken.stream().limit(20).forEach(d -> detail.append(d.message()).append('\n'));
        if (broken.size() > 20) detail.append("and ").append(broken.size() - 20).append(" more\n");
        throw ApiError.badRequest("the data breaks the shapes (" + broken.size() + " violation" + (broken.size() == 1 ? "" : "s") + "); nothing was written",
                detail.toString().strip());
    }

    /** The RDF in the body (or in each part of a multipart body), parsed with the graph IRI as base; a 400 with line and column when it does not parse. */
    private Graph body(Context ctx, Node graph) {
        String type = HttpBodies.mediaType(ctx);
        if (type == null) throw new ApiError(415, "missing Content-Type", "send RDF as text/turtle, application/n-triples, application/ld+json, application/rdf+xml, application/trig or application/n-quads");
        byte[] body = HttpBodies.read(ctx, maxBody);
        String base = StoreView.isDefault(graph) ? StoreView.DEFAULT_GRAPH : graph.getURI();
        Graph g = GraphFactory.createDefaultGraph();
        if (type.equals("multipart/form-data")) {
            for (Multipart.Part part : Multipart.parse(body, ctx.header("Content-Type"))) {
                Lang lang = part.mediaType() != null ? RDFLanguages.contentTypeToLang(part.mediaType())
                        : part.fileName() != null ? RDFLanguages.filenameToLang(part.fileName()) : null;
                parseInto(g, part.content(), lang, part.mediaType(), base);
            }
        } else {
            parseInto(g, body, RDFLanguages.contentTypeToLang(type), type, base);
        }
        return g;
    }

    private static void parseInto(Graph g, byte[] bytes, Lang lang, String type, String base) {
        if (lang == null || !RDFLanguages.isTriples(lang) && lang != Lang.TRIG && lang != Lang.NQUADS) {
            throw new ApiError(415, "unsupported Content-Type", (type == null ? "a part without a type" : type)
                    + " is not RDF; send text/turtle, application/n-triples, application/ld+json, application/rdf+xml, application/trig or application/n-quads");
        }
        int[] where = {0, 0};
        ErrorHandler errors = new ErrorHandler() {
            @Override public void warning(String message, long line, long col) { }
            @Override public void error(String message, long line, long col) { fatal(message, line, col); }
            @Override public void fatal(String message, long line, long col) {
                where[0] = (int) Math.max(line, 0);
                where[1] = (int) Math.max(col, 0);
                throw new RiotException(message);
            }
        };
        try {
            OfflineParsing.apply(RDFParser.source(new ByteArrayInputStream(bytes)), lang).base(base).errorHandler(errors).parse(g);
        } catch (RiotException e) {
            throw new SparqlError(400, "malformed RDF", e.getMessage(), where[0], where[1]);
        } catch (StackOverflowError e) {
            // the parsers recurse on nested collections, blank nodes and JSON arrays
            throw new SparqlError(400, "malformed RDF", "the data is nested too deeply to read");
        }
    }
}
