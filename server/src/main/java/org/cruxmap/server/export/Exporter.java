package org.cruxmap.server.export;

import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.cruxmap.ingest.aif.AifWriter;
import org.cruxmap.ingest.argdown.ArgdownWriter;
import org.cruxmap.ontology.CM;
import org.cruxmap.server.sparql.SparqlRunner;
import org.cruxmap.server.store.Store;

/**
 * Writes the store's data out: every named graph (trig, nq), or all of them merged (ttl, jsonld,
 * and the argument formats argdown and aif, written by the ingest module's writers).
 */
public final class Exporter {

    /** The export formats. */
    public enum Kind {
        TTL("ttl", RDFFormat.TURTLE_PRETTY, null, false),
        TRIG("trig", RDFFormat.TRIG_BLOCKS, null, true),
        NQ("nq", RDFFormat.NQUADS, null, true),
        JSONLD("jsonld", RDFFormat.JSONLD, null, false),
        ARGDOWN("argdown", null, ArgdownWriter::write, false),
        AIF("aif", null, AifWriter::write, false);

        public final String name;
        final RDFFormat format;
        final Function<Model, String> writer;
        final boolean quads;

        Kind(String name, RDFFormat format, Function<Model, String> writer, boolean quads) {
            this.name = name;
            this.format = format;
            this.writer = writer;
            this.quads = quads;
        }

        public static Optional<Kind> byName(String n) {
            return Arrays.stream(values()).filter(k -> k.name.equalsIgnoreCase(n)).findFirst();
        }
    }

    private Exporter() {}

    /** Writes the user data (not the store's system graph) in the given format. */
    public static void write(Store store, Kind kind, OutputStream out) {
        Dataset copy = namedGraphs(store);
        if (kind.quads) {
            copy.getDefaultModel().setNsPrefixes(SparqlRunner.PREFIXES);
            RDFDataMgr.write(out, copy, kind.format);
            return;
        }
        Model merged = merged(copy);
        if (kind.writer == null) {
            RDFDataMgr.write(out, merged, kind.format);
            return;
        }
        try {
            out.write(kind.writer.apply(merged).getBytes(StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All the user data merged into one model, with the usual prefixes. */
    public static Model merged(Store store) { return merged(namedGraphs(store)); }

    private static Model merged(Dataset copy) {
        Model merged = ModelFactory.createDefaultModel();
        merged.setNsPrefixes(SparqlRunner.PREFIXES);
        copy.listNames().forEachRemaining(n -> merged.add(copy.getNamedModel(n)));
        return merged;
    }

    /** A copy of every named graph holding imported data, taken in one read transaction. */
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
