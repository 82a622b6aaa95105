package org.cruxmap.ingest;

import org.cruxmap.ingest.aif.AifReader;
import org.cruxmap.ingest.text.TextReader;

/** Registers the non-RDF readers (Argdown, AIF, text) as they are added. */
final class Readers {
    private Readers() {}

    static void registerExtra(Ingest ingest) {
        ingest.register(Format.AIF, new AifReader());
        ingest.register(Format.TEXT, new TextReader());
    }
}
