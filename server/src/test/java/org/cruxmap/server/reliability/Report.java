package org.cruxmap.server.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a reliability report under {@code target/reliability/} and prints it. */
final class Report {
    private Report() {}

    static Path write(String name, String markdown) throws IOException {
        Path dir = Path.of("target", "reliability");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        Files.writeString(file, markdown, StandardCharsets.UTF_8);
        System.out.println(markdown);
        return file;
    }
}
