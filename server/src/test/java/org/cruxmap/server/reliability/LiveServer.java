package org.cruxmap.server.reliability;

import java.nio.file.Path;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.server.api.ApiServer;
import org.cruxmap.server.app.BundledCorpus;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.index.IndexProgress;
import org.cruxmap.server.index.SearchIndex;
import org.cruxmap.server.store.LocalStore;

/** The real server in this JVM: TDB2 on disk, its on-disk search index, a write token, port 0. */
final class LiveServer implements AutoCloseable {
    final KnowledgeBase kb;
    final SearchIndex index;
    final ApiServer server;
    final Http http;
    final String token;

    private LiveServer(Path dir, boolean corpus, String token, long maxRequestBytes) {
        this.token = token;
        Path data = dir.resolve("data");
        kb = new KnowledgeBase(LocalStore.tdb2(data), Ingest.standard());
        index = SearchIndex.forStore(kb.store(), data, IndexProgress.NONE);
        kb.onWrite(index);
        if (corpus) {
            var failed = BundledCorpus.loadIntoEmpty(kb).stream().filter(o -> o.failed()).toList();
            if (!failed.isEmpty()) throw new IllegalStateException("the corpus did not load: " + failed);
        }
        server = ApiServer.builder().knowledgeBase(kb).index(index).port(0).token(token).maxRequestBytes(maxRequestBytes).build().start();
        http = new Http(server.port());
    }

    /** A server over a fresh TDB2 directory in {@code dir}, with or without the bundled corpus. */
    static LiveServer start(Path dir, boolean corpus, String token) {
        return new LiveServer(dir, corpus, token, 64L * 1024 * 1024);
    }

    /** As {@link #start}, with a smaller request body limit. */
    static LiveServer start(Path dir, boolean corpus, String token, long maxRequestBytes) {
        return new LiveServer(dir, corpus, token, maxRequestBytes);
    }

    int port() { return server.port(); }

    @Override
    public void close() {
        server.stop();
        index.close();
        kb.close();
    }
}
