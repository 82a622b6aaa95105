package org.cruxmap.server.app;

import java.util.Optional;
import org.cruxmap.ingest.Format;

/** One file to import: its name (for diagnostics and the graph name), bytes, format, and target graph. */
public record ImportRequest(String fileName, byte[] bytes, Optional<Format> format, Optional<String> graphIri) {

    /** The named graph the file goes into: the one asked for, or the file's own by its name. */
    public String targetGraph() { return graphIri.orElse(org.cruxmap.server.store.GraphRecord.graphFor(fileName)); }

    /** A request that guesses the format from the file name and uses the file's default graph. */
    public static ImportRequest of(String fileName, byte[] bytes) {
        return new ImportRequest(fileName, bytes, Optional.empty(), Optional.empty());
    }
}
