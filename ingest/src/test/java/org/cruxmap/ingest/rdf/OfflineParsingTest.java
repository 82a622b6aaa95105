package org.cruxmap.ingest.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.riot.Lang;
import org.cruxmap.ingest.Diagnostic;
import org.cruxmap.ingest.ReadContext;
import org.cruxmap.ingest.ReadResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Files that name documents elsewhere are read without a single outbound request. */
class OfflineParsingTest {
    private HttpServer server;
    private final AtomicInteger requests = new AtomicInteger();
    private String base;

    @BeforeEach
    void startALoopbackServerThatCountsRequests() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            byte[] body = "{\"@context\": {\"name\": \"http://schema.org/name\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/ld+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() { server.stop(0); }

    private ReadResult read(Lang lang, String text, String file) {
        return new RdfReader(lang).read(text.getBytes(StandardCharsets.UTF_8), ReadContext.of(file));
    }

    @Test
    void aJsonLdFileWithARemoteContextIsAnErrorAndNothingIsFetched() {
        ReadResult r = read(Lang.JSONLD, "{\"@context\": \"" + base + "/ctx.jsonld\", \"@id\": \"urn:a\", \"name\": \"A\"}", "remote.jsonld");
        assertEquals(0, requests.get(), "the parser fetched the context");
        Diagnostic error = r.diagnostics().stream().filter(Diagnostic::isError).findFirst().orElseThrow();
        assertEquals("remote.jsonld", error.file());
        assertTrue(error.message().contains("no outbound requests"), error.message());
    }

    @Test
    void aJsonLdContextThatImportsARemoteDocumentIsRefusedToo() {
        ReadResult r = read(Lang.JSONLD, "{\"@context\": {\"@version\": 1.1, \"@import\": \"" + base + "/ctx.jsonld\"}, \"@id\": \"urn:a\"}", "import.jsonld");
        assertEquals(0, requests.get());
        assertTrue(r.diagnostics().stream().anyMatch(Diagnostic::isError), r.diagnostics().toString());
    }

    @Test
    void aJsonLdFileWithAnInlineContextStillReads() {
        ReadResult r = read(Lang.JSONLD, "{\"@context\": {\"name\": \"http://schema.org/name\"}, \"@id\": \"urn:a\", \"name\": \"A\"}", "inline.jsonld");
        assertFalse(r.diagnostics().stream().anyMatch(Diagnostic::isError), r.diagnostics().toString());
        assertEquals(1, r.model().size());
    }

    @Test
    void anRdfXmlExternalEntityIsNeverFetched() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rdf:RDF [<!ENTITY x SYSTEM \"" + base + "/secret\">]>\n"
                + "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\" xmlns:s=\"http://schema.org/\">\n"
                + "<rdf:Description rdf:about=\"urn:a\"><s:name>&x;</s:name></rdf:Description>\n</rdf:RDF>\n";
        ReadResult r = read(Lang.RDFXML, xml, "entity.rdf");
        assertEquals(0, requests.get(), "the parser fetched the external entity");
        assertFalse(r.model().listObjects().toList().stream().anyMatch(o -> o.toString().contains("schema.org/name")));
    }
}
