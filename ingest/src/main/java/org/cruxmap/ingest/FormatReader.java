package org.cruxmap.ingest;

/** Reads one file of one format: bytes in, a model and diagnostics out. Never throws for bad input. */
@FunctionalInterface
public interface FormatReader {
    ReadResult read(byte[] bytes, ReadContext context);
}
