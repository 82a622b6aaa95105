package org.cruxmap.server.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cruxmap.ingest.Format;

/** Expands the FILE arguments of import and validate: directories recurse to files of known formats, each other file named as skipped. */
final class Files {
    private Files() {}

    /** True when a path (relative to the folder walked) is or lies in a hidden file or folder (.git, .DS_Store). */
    private static boolean hidden(Path relative) {
        for (Path part : relative) if (part.toString().startsWith(".")) return true;
        return false;
    }

    static List<Path> expand(List<Path> args) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : args) {
            if (java.nio.file.Files.isDirectory(p)) {
                try (Stream<Path> walk = java.nio.file.Files.walk(p)) {
                    for (Path f : walk.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
                        String name = f.getFileName().toString();
                        if (name.equalsIgnoreCase("README.md")) continue; // a folder's own notes
                        if (Format.guess(name).isPresent()) out.add(f);
                        else if (!hidden(p.relativize(f))) Cli.err(f + ": skipped: not a format cruxmap reads (import it alone with --format to read it as one)");
                    }
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }
}
