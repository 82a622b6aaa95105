package org.cruxmap.server.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cruxmap.ingest.Format;

/** Expands the FILE arguments of import and validate: directories recurse to files of known formats. */
final class Files {
    private Files() {}

    static List<Path> expand(List<Path> args) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : args) {
            if (java.nio.file.Files.isDirectory(p)) {
                try (Stream<Path> walk = java.nio.file.Files.walk(p)) {
                    walk.filter(java.nio.file.Files::isRegularFile)
                        .filter(f -> Format.guess(f.getFileName().toString()).isPresent())
                        .filter(f -> !f.getFileName().toString().equalsIgnoreCase("README.md"))
                        .sorted()
                        .forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
