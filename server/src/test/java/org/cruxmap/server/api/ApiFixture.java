package org.cruxmap.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.server.app.ImportRequest;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.index.IndexProgress;
import org.cruxmap.server.index.SearchIndex;
import org.cruxmap.server.store.LocalStore;

/** The real server on port 0 over an in-memory store holding the small test map. */
final class ApiFixture implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    final KnowledgeBase kb;
    final SearchIndex index;
    final ApiServer server;
    final HttpClient http = HttpClient.newHttpClient();

    ApiFixture() throws IOException {
        kb = new KnowledgeBase(LocalStore.inMemory(), Ingest.standard());
        index = SearchIndex.inMemory(kb.store(), IndexProgress.NONE);
        kb.onWrite(index);
        try (InputStream in = ApiFixture.class.getResourceAsStream("/api/small-map.ttl")) {
            var outcome = kb.importFile(ImportRequest.of("small-map.ttl", in.readAllBytes()));
            if (!outcome.written()) throw new IllegalStateException(outcome.diagnostics().toString());
        }
        server = ApiServer.builder().knowledgeBase(kb).index(index).port(0).build().start();
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        var b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body, String... headers) throws IOException, InterruptedException {
        var b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    JsonNode json(String path) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path);
        if (r.statusCode() != 200) throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
        return JSON.readTree(r.body());
    }

    @Override
    public void close() {
        server.stop();
        index.close();
        kb.close();
    }
}
