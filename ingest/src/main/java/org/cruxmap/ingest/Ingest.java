package org.cruxmap.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.riot.Lang;
import org.cruxmap.ingest.rdf.RdfReader;
import org.cruxmap.ingest.shacl.ShaclCheck;

/**
 * The ingest stage in one place: pick the reader for the format, read, then check the model
 * against the SHACL shapes. Pure: bytes in, model and diagnostics out, no store I/O.
 */
public final class Ingest {
    static {
        // Jena must initialise before any vocabulary class (RDF, RDFS) is touched, or class
        // initialisation can run in a cycle and fail; the readers touch them in static fields.
        org.apache.jena.sys.JenaSystem.init();
    }

    private final Map<Format, FormatReader> readers = new EnumMap<>(Format.class);

    /** An ingest stage with every reader Cruxmap knows. */
    public static Ingest standard() {
        Ingest ingest = new Ingest();
        ingest.register(Format.TURTLE, new RdfReader(Lang.TURTLE));
        ingest.register(Format.TRIG, new RdfReader(Lang.TRIG));
        ingest.register(Format.NTRIPLES, new RdfReader(Lang.NTRIPLES));
        ingest.register(Format.NQUADS, new RdfReader(Lang.NQUADS));
        ingest.register(Format.JSONLD, new RdfReader(Lang.JSONLD));
        ingest.register(Format.RDFXML, new RdfReader(Lang.RDFXML));
        Readers.registerExtra(ingest);
        return ingest;
    }

    /** Adds or replaces the reader of a format. */
    public void register(Format format, FormatReader reader) { readers.put(format, reader); }

    /** True when a reader for the format is registered. */
    public boolean supports(Format format) { return readers.containsKey(format); }

    /** Reads and, when the file parsed, SHACL-checks it. */
    public ReadResult read(byte[] bytes, Format format, ReadContext context) {
        ReadResult parsed = parse(bytes, format, context);
        return parsed.hasErrors() ? parsed : check(parsed, context.fileName());
    }

    /** Reads without the SHACL check: the model and the reader's own diagnostics. */
    public ReadResult parse(byte[] bytes, Format format, ReadContext context) {
        FormatReader reader = readers.get(format);
        if (reader == null) {
            return new ReadResult(org.apache.jena.rdf.model.ModelFactory.createDefaultModel(),
                    List.of(Diagnostic.error("format", context.fileName(), 0, 0,
                            "no reader for format " + format.shortName())));
        }
        return reader.read(bytes, context);
    }

    /** The SHACL check of a parsed file: the same model, its diagnostics followed by every violation. */
    public ReadResult check(ReadResult parsed, String fileName) {
        List<Diagnostic> all = new ArrayList<>(parsed.diagnostics());
        all.addAll(ShaclCheck.check(parsed.model(), fileName));
        return new ReadResult(parsed.model(), all);
    }
}
