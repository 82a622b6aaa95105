package org.cruxmap.server.analysis;

import java.io.InputStream;
import java.io.StringReader;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/** Small maps for the tests: Turtle with the usual prefixes, or a fixture from the test resources. */
final class Maps {
    static final String PREFIXES = """
            @prefix cm: <https://w3id.org/cruxmap/ns#> .
            @prefix s:  <https://w3id.org/cruxmap/id/statement/> .
            @prefix a:  <https://w3id.org/cruxmap/id/argument/> .
            """;

    private Maps() {}

    static Model turtle(String body) {
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new StringReader(PREFIXES + body), null, Lang.TURTLE);
        return m;
    }

    static Model resource(String path) {
        Model m = ModelFactory.createDefaultModel();
        try (InputStream in = Maps.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("no test resource " + path);
            RDFDataMgr.read(m, in, Lang.TURTLE);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return m;
    }

    /** The grounded label of a statement id (without the statement/ prefix) or argument id. */
    static Label grounded(Model m, String id) {
        Labelling l = Grounded.of(MapGraph.of(m).framework());
        Label x = l.label(id.contains("/") ? id : "statement/" + id);
        if (x == null) throw new AssertionError("no node " + id + " in the framework " + l.framework().ids());
        return x;
    }
}
