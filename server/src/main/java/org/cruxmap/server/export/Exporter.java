package org.cruxmap.server.export;

import java.io.OutputStream;
import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.cruxmap.ontology.CM;
import org.cruxmap.server.sparql.SparqlRunner;
import org.cruxmap.server.store.Store;

/** Writes the store's data out: one merged graph (ttl, jsonld) or every named graph (trig, nq). */
public final class Exporter {

    /** The export formats. */
    public enum Kind {
        TTL("ttl", RDFFormat.TURTLE_PRETTY, false),
        TRIG("trig", RDFFormat.TRIG_BLOCKS, true),
        NQ("nq", RDFFormat.NQUADS, true),
        JSONLD("jsonld", RDFFormat.JSONLD, false);

        public final String name;
        final RDFFormat format;
        final boolean quads;

        Kind(String name, RDFFormat format, boolean quads) {
            this.name = name;
            this.format = format;
            this.quads = quads;
        }

        public static Optional<Kind> byName(String n) {
            return Arrays.stream(values()).filter(k -> k.name.equalsIgnoreCase(n)).findFirst();
        }
    }

    private Exporter() {}

    /** Writes the user data (not the store's system graph) in the given format. */
    public static void write(Store store, Kind kind, OutputStream out) {
        if (kind.quads) {
            Dataset copy = namedGraphs(store);
            copy.getDefaultModel().setNsPrefixes(SparqlRunner.PREFIXES);
            RDFDataMgr.write(out, copy, kind.format);
        } else {
            Model merged = ModelFactory.createDefaultModel();
            merged.setNsPrefixes(SparqlRunner.PREFIXES);
            Dataset copy = namedGraphs(store);
            copy.listNames().forEachRemaining(n -> merged.add(copy.getNamedModel(n)));
            RDFDataMgr.write(out, merged, kind.format);
        }
    }

    /** A copy of every named graph holding imported data. */
    public static Dataset namedGraphs(Store store) {
        return store.read(ds -> {
            Dataset copy = DatasetFactory.create();
            ds.listNames().forEachRemaining(n -> {
                if (!n.equals(CM.SYSTEM_GRAPH)) copy.addNamedModel(n, ModelFactory.createDefaultModel().add(ds.getNamedModel(n)));
            });
            return copy;
        });
    }
}
