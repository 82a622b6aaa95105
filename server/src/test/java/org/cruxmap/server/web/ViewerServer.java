package org.cruxmap.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.server.api.ApiServer;
import org.cruxmap.server.app.BundledCorpus;
import org.cruxmap.server.app.ImportRequest;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.index.IndexProgress;
import org.cruxmap.server.index.SearchIndex;
import org.cruxmap.server.store.LocalStore;

/** The real server on port 0 over an in-memory store holding the given test maps (and the bundled corpus when asked). */
final class ViewerServer implements AutoCloseable {
    final KnowledgeBase kb;
    final SearchIndex index;
    final ApiServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    ViewerServer(String... resources) throws IOException {
        this(false, resources);
    }

    /** With {@code corpus}, the bundled coherence-and-agency corpus is imported first, as {@code serve} does. */
    ViewerServer(boolean corpus, String... resources) throws IOException {
        kb = new KnowledgeBase(LocalStore.inMemory(), Ingest.standard());
        index = SearchIndex.inMemory(kb.store(), IndexProgress.NONE);
        kb.onWrite(index);
        if (corpus) {
            var outcomes = BundledCorpus.loadIntoEmpty(kb); // in the order serve uses: source texts before the quotes
            if (outcomes.isEmpty()) throw new IllegalStateException("the bundled corpus is not on the test classpath");
            for (var o : outcomes) if (!o.written()) throw new IllegalStateException(o.diagnostics().toString());
        }
        List<ImportRequest> files = new ArrayList<>();
        for (String r : resources) {
            try (InputStream in = ViewerServer.class.getResourceAsStream(r)) {
                if (in == null) throw new IllegalStateException("no test resource " + r);
                files.add(ImportRequest.of(r.substring(r.lastIndexOf('/') + 1), in.readAllBytes()));
            }
        }
        for (ImportRequest f : files) {
            var outcome = kb.importFile(f);
            if (!outcome.written()) throw new IllegalStateException(f + ": " + outcome.diagnostics());
        }
        server = ApiServer.builder().knowledgeBase(kb).index(index).port(0).build().start();
    }

    /** The body of a GET on this server, for comparing what the page shows with what the API says. */
    String get(String path) throws IOException, InterruptedException {
        var req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build();
        return http.send(req, HttpResponse.BodyHandlers.ofString()).body();
    }

    /** The JSON answer of a GET on this server, to compare what the page shows with what the API says. */
    JsonNode getJson(String path) throws IOException, InterruptedException {
        var req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build();
        return new ObjectMapper().readTree(http.send(req, HttpResponse.BodyHandlers.ofString()).body());
    }

    String url(String hash) { return "http://127.0.0.1:" + server.port() + "/" + hash; }

    @Override
    public void close() {
        server.stop();
        index.close();
        kb.close();
    }
}
