package org.cruxmap.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.server.api.ApiServer;
import org.cruxmap.server.app.ImportRequest;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.index.IndexProgress;
import org.cruxmap.server.index.SearchIndex;
import org.cruxmap.server.store.LocalStore;

/** The real server on port 0 over an in-memory store holding the given test maps. */
final class ViewerServer implements AutoCloseable {
    final KnowledgeBase kb;
    final SearchIndex index;
    final ApiServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    ViewerServer(String... resources) throws IOException {
        kb = new KnowledgeBase(LocalStore.inMemory(), Ingest.standard());
        index = SearchIndex.inMemory(kb.store(), IndexProgress.NONE);
        kb.onWrite(index);
        for (String r : resources) {
            try (InputStream in = ViewerServer.class.getResourceAsStream(r)) {
                if (in == null) throw new IllegalStateException("no test resource " + r);
                String name = r.substring(r.lastIndexOf('/') + 1);
                var outcome = kb.importFile(ImportRequest.of(name, in.readAllBytes()));
                if (!outcome.written()) throw new IllegalStateException(outcome.diagnostics().toString());
            }
        }
        server = ApiServer.builder().knowledgeBase(kb).index(index).port(0).build().start();
    }

    String url(String hash) { return "http://127.0.0.1:" + server.port() + "/" + hash; }

    /** True when the server answers this route (anything but 404): search and SPARQL come from other branches. */
    boolean has(String method, String path, String contentType, String body) throws IOException, InterruptedException {
        var b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (method.equals("POST")) b.header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode() != 404;
    }

    @Override
    public void close() {
        server.stop();
        index.close();
        kb.close();
    }
}
