package org.cruxmap.server.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cruxmap.ingest.Format;

/**
 * The debate corpus bundled in the jar (under {@code /cruxmap-corpus/}): every file of a known
 * format, each to become its own named graph. A fresh user sees the debate at once.
 */
public final class BundledCorpus {
    static final String ROOT = "/cruxmap-corpus";

    private BundledCorpus() {}

    /** The corpus files as import requests, named by their path inside the corpus (e.g. coherence-agency/hot-mess.argdown). */
    public static List<ImportRequest> requests() {
        var url = BundledCorpus.class.getResource(ROOT);
        if (url == null) return List.of();
        try {
            URI uri = url.toURI();
            if (uri.getScheme().equals("jar")) {
                try (FileSystem fs = FileSystems.newFileSystem(uri, Map.of())) {
                    return read(fs.getPath(ROOT));
                }
            }
            return read(Path.of(uri));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled corpus", e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ImportRequest> read(Path root) throws IOException {
        List<ImportRequest> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = root.relativize(p).toString().replace('\\', '/');
                String file = p.getFileName().toString();
                if (file.equalsIgnoreCase("README.md") || file.equals("LICENSE") || Format.guess(file).isEmpty()) continue;
                out.add(ImportRequest.of(name, Files.readAllBytes(p)));
            }
        }
        return out;
    }

    /** Loads the corpus when the store holds no data yet; returns what happened (empty when nothing was done). */
    public static List<ImportOutcome> loadIntoEmpty(KnowledgeBase kb) {
        if (!kb.store().graphs().isEmpty()) return List.of();
        return kb.importAll(requests(), false);
    }
}
