package org.cruxmap.server.store;

import java.time.Instant;
import org.cruxmap.ontology.CM;

/** A named graph of the store: its IRI, the file it was imported from, and when. */
public record GraphRecord(String graphIri, String importedFrom, Instant importedAt) {

    /** The graph IRI a file of this name goes into when no --graph is given. */
    public static String graphFor(String fileName) {
        String name = java.nio.file.Path.of(fileName).getFileName().toString();
        return CM.GRAPH_BASE + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A record for a file imported now into its default graph. */
    public static GraphRecord forFile(String fileName) {
        return new GraphRecord(graphFor(fileName), fileName, Instant.now());
    }
}
