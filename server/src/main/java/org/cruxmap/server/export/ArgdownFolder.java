package org.cruxmap.server.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.cruxmap.ingest.ReadContext;
import org.cruxmap.ingest.ReadResult;
import org.cruxmap.ingest.SourceTexts;
import org.cruxmap.ingest.argdown.ArgdownReader;
import org.cruxmap.ingest.argdown.ArgdownWriter;
import org.cruxmap.ontology.CM;
import org.cruxmap.server.store.Store;

/**
 * Writes the store as a folder that {@code import FOLDER} reads back to the same statements:
 * {@code map.argdown}, the argument map, and {@code data.ttl}, every triple the map does not say
 * (the sources' full texts, which its quotes need, among them). A single Argdown file cannot carry
 * the texts, so on its own it does not import into an empty store.
 */
public final class ArgdownFolder {
    /** The file names inside the folder. */
    public static final String MAP = "map.argdown", DATA = "data.ttl";

    private ArgdownFolder() {}

    /** What a folder export wrote. */
    public record Written(long mapTriples, long dataTriples) {}

    /** Writes the folder (created if missing); the files appear whole or not at all. */
    public static Written write(Store store, Path dir) throws IOException {
        Model merged = Exporter.merged(store);
        String map = ArgdownWriter.write(merged);
        Map<String, String> texts = new HashMap<>();
        merged.listStatements(null, CM.fullText, (org.apache.jena.rdf.model.RDFNode) null)
                .forEachRemaining(s -> texts.put(s.getSubject().getURI(), s.getString()));
        ReadResult reread = new ArgdownReader().read(map.getBytes(StandardCharsets.UTF_8),
                new ReadContext(MAP, CM.ID_BASE, SourceTexts.of(texts)));
        Model rest = merged.difference(reread.model());
        rest.setNsPrefixes(merged.getNsPrefixMap());
        Files.createDirectories(dir);
        Path mapPart = dir.resolve(MAP + ".part"), dataPart = dir.resolve(DATA + ".part");
        Files.writeString(mapPart, map, StandardCharsets.UTF_8);
        try (OutputStream o = Files.newOutputStream(dataPart)) {
            RDFDataMgr.write(o, rest, RDFFormat.TURTLE_PRETTY);
        }
        Files.move(dataPart, dir.resolve(DATA), StandardCopyOption.REPLACE_EXISTING);
        Files.move(mapPart, dir.resolve(MAP), StandardCopyOption.REPLACE_EXISTING);
        return new Written(merged.size() - rest.size(), rest.size());
    }
}
