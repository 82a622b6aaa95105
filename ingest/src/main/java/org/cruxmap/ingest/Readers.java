package org.cruxmap.ingest;

import org.cruxmap.ingest.aif.AifReader;
import org.cruxmap.ingest.text.TextReader;

/** Registers the non-RDF readers: Argdown, AIF and source texts. */
final class Readers {
    private Readers() {}

    static void registerExtra(Ingest ingest) {
        ingest.register(Format.ARGDOWN, new org.cruxmap.ingest.argdown.ArgdownReader());
        ingest.register(Format.AIF, new AifReader());
        ingest.register(Format.TEXT, new TextReader());
    }
}
