package org.cruxmap.server.sparql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.server.api.ApiServer;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.store.LocalStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The W3C SPARQL 1.1 Protocol, Graph Store Protocol (indirect) and Service Description suites, run by
 * the npm package rdf-test-suite against the real server on a loopback port. The manifests are mapped
 * onto the local copies, so nothing leaves the machine. The tool must be installed beforehand (see
 * {@link #INSTALL}); when it is missing the test fails and says how to install it.
 */
class W3cSuitesTest {
    static final String INSTALL = "mkdir -p server/target/w3c && cp server/src/test/w3c/package.json server/src/test/w3c/package-lock.json server/target/w3c/"
            + " && npm ci --prefix server/target/w3c --no-audit --no-fund";
    private static final String SUITES = "https://w3c.github.io/rdf-tests/sparql/sparql11/";
    private static final Pattern TALLY = Pattern.compile("(\\d+) / (\\d+) tests succeeded");

    private static KnowledgeBase kb;
    private static ApiServer server;
    private static Path tool;

    @BeforeAll
    static void start() {
        kb = new KnowledgeBase(LocalStore.inMemory(), Ingest.standard());
        server = ApiServer.builder().knowledgeBase(kb).host("127.0.0.1").port(0).allowAnonymousUpdate(true).build().start();
        Path root = Path.of(System.getProperty("cruxmap.root", ".."));
        tool = root.resolve("server/target/w3c");
    }

    @AfterAll
    static void stop() {
        server.stop();
        kb.close();
    }

    private String endpoint(String path) { return "http://127.0.0.1:" + server.port() + path; }

    @Test
    void theProtocolSuitePassesAll34Tests() throws Exception {
        assertPasses("protocol/manifest.ttl", "{\"protocolEndpoint\":\"" + endpoint("/sparql") + "\"}", 34);
    }

    @Test
    void theIndirectGraphStoreSuitePassesAll9Tests() throws Exception {
        assertPasses("graph-store-protocol/manifest-indirect.ttl", "{\"graphStoreEndpoint\":\"" + endpoint("/data") + "\"}", 9);
    }

    @Test
    void theServiceDescriptionSuitePassesAll3Tests() throws Exception {
        assertPasses("service-description/manifest.ttl", "{\"serviceDescriptionEndpoint\":\"" + endpoint("/sparql") + "\"}", 3);
    }

    private void assertPasses(String manifest, String inject, int expected) throws Exception {
        Path bin = tool.resolve("node_modules/.bin/rdf-test-suite");
        if (!Files.isExecutable(bin) || !onPath("node")) {
            fail("the W3C suites need Node.js and rdf-test-suite; install them from the project root with:\n  " + INSTALL
                    + "\n(looked for " + bin.toAbsolutePath() + " and node on the PATH)");
        }
        Path conformance = Path.of(System.getProperty("cruxmap.conformance")).toAbsolutePath().normalize()
                .resolve("w3c-sparql11");
        assertTrue(Files.isDirectory(conformance), "no conformance data at " + conformance);
        // rdf-test-suite loads its (unused) engine module relative to its working directory.
        Files.copy(Path.of(System.getProperty("cruxmap.root", "..")).resolve("server/src/test/w3c/engine.js"),
                tool.resolve("engine.js"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<String> cmd = new ArrayList<>(List.of(bin.toAbsolutePath().toString(), "engine.js", SUITES + manifest,
                "-i", inject, "-m", SUITES + "~" + conformance + "/"));
        Process p = new ProcessBuilder(cmd).directory(tool.toFile()).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("rdf-test-suite did not finish within 300 s");
        }
        String report = new String(out, StandardCharsets.UTF_8);
        Matcher m = TALLY.matcher(report);
        if (!m.find()) fail("no tally in the output of rdf-test-suite:\n" + report);
        assertEquals(expected + " / " + expected, m.group(1) + " / " + m.group(2), manifest + ":\n" + report);
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, program))) return true;
        }
        return false;
    }

}
