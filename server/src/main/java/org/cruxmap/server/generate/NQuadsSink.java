package org.cruxmap.server.generate;

import java.io.OutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;

/** Writes the map as N-Quads, streaming, every quad in one named graph. */
final class NQuadsSink implements MapSink {
    private final OutputStream out;
    private final StreamRDF stream;
    private final Node graph;

    NQuadsSink(OutputStream out, String graphIri) {
        this.out = out;
        this.graph = NodeFactory.createURI(graphIri);
        this.stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        stream.start();
    }

    @Override public void person(PersonRecord p) { write(MapTriples.of(p)); }

    @Override public void source(SourceRecord s) { write(MapTriples.of(s)); }

    @Override public void section(String heading) { }

    @Override public void statement(StatementRecord s) { write(MapTriples.of(s)); }

    private void write(java.util.List<Triple> triples) {
        for (Triple t : triples) stream.quad(Quad.create(graph, t));
    }

    @Override
    public void close() throws java.io.IOException {
        stream.finish();
        out.close();
    }
}
