package org.cruxmap.ingest;

import org.cruxmap.ontology.CM;

/** What a reader may know besides the bytes: the file name for diagnostics, the IRI base, source texts. */
public record ReadContext(String fileName, String base, SourceTexts texts) {

    /** A context with the default IRI base and no source texts. */
    public static ReadContext of(String fileName) { return new ReadContext(fileName, CM.ID_BASE, SourceTexts.none()); }

    /** The same context with other source texts. */
    public ReadContext withTexts(SourceTexts t) { return new ReadContext(fileName, base, t); }
}
