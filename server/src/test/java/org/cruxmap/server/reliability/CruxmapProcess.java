package org.cruxmap.server.reliability;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cruxmap.server.cli.Main;

/** The real command line in a child JVM (test classpath), its output in files, killed with SIGKILL when asked. */
final class CruxmapProcess implements AutoCloseable {
    private static final Pattern SERVING = Pattern.compile("serving \\S+ store on http://[^:]+:(\\d+)/");

    private final Process process;
    private final Path out;
    private final Path err;
    private final String command;
    private final long startedNanos = System.nanoTime();

    private CruxmapProcess(Process process, Path out, Path err, String command) {
        this.process = process;
        this.out = out;
        this.err = err;
        this.command = command;
    }

    /** Every child started and not yet ended, so a failing test leaves none behind. */
    private static final java.util.Set<CruxmapProcess> RUNNING = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /** Kills every child still running (for {@code @AfterEach}). */
    static void killAll() throws InterruptedException {
        for (CruxmapProcess p : List.copyOf(RUNNING)) p.close();
    }

    /** Starts {@code cruxmap ARGS...}; output goes to {@code logs/NAME.out} and {@code .err}. */
    static CruxmapProcess start(Path logs, String name, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(List.of(args));
        Files.createDirectories(logs);
        Path out = logs.resolve(name + ".out");
        Path err = logs.resolve(name + ".err");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().remove("CRUXMAP_DATA");
        pb.environment().remove("CRUXMAP_TOKEN");
        CruxmapProcess p = new CruxmapProcess(pb.start(), out, err, "cruxmap " + String.join(" ", args));
        RUNNING.add(p);
        return p;
    }

    /** Starts {@code cruxmap serve} on a free port over a TDB2 directory, without the corpus, and waits until it listens. */
    static CruxmapProcess serve(Path logs, String name, Path data, String token) throws IOException, InterruptedException {
        CruxmapProcess p = start(logs, name, "serve", "--data", data.toString(), "--port", "0", "--no-corpus", "--token", token);
        p.awaitPort(120);
        return p;
    }

    /** The port the server printed, waiting up to the given seconds; fails with its output when it died or hung. */
    int awaitPort(int seconds) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            Matcher m = SERVING.matcher(Files.readString(out, StandardCharsets.UTF_8));
            if (m.find()) return Integer.parseInt(m.group(1));
            if (!process.isAlive()) throw new AssertionError(command + " exited with " + process.exitValue() + " before listening:\n" + output());
            Thread.sleep(25);
        }
        throw new AssertionError(command + " did not listen within " + seconds + " s:\n" + output());
    }

    int port() throws IOException, InterruptedException { return awaitPort(1); }

    boolean isAlive() { return process.isAlive(); }

    /** Milliseconds since the process was started. */
    long ageMillis() { return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos); }

    /** kill -9: the process gets no chance to clean up. Returns true when it was still running. */
    boolean kill9() throws InterruptedException {
        boolean alive = process.isAlive();
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) throw new AssertionError(command + " survived SIGKILL");
        RUNNING.remove(this);
        return alive;
    }

    /** Waits for a normal end and returns the exit code. */
    int await(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish within " + seconds + " s");
        }
        RUNNING.remove(this);
        return process.exitValue();
    }

    String output() throws IOException {
        return Files.readString(out, StandardCharsets.UTF_8) + Files.readString(err, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) kill9();
    }
}
