package org.cruxmap.ingest;

/** Registers the non-RDF readers (Argdown, AIF, text) as they are added. */
final class Readers {
    private Readers() {}

    static void registerExtra(Ingest ingest) {
        // Argdown, AIF and text readers register here.
        ingest.register(Format.ARGDOWN, new org.cruxmap.ingest.argdown.ArgdownReader());
    }
}
