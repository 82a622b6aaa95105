package org.cruxmap.server.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.server.api.ApiServer;
import org.cruxmap.server.app.BundledCorpus;
import org.cruxmap.server.app.ImportOutcome;
import org.cruxmap.server.app.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true, description = "Runs the HTTP server (API, SPARQL, viewer).")
public final class ServeCommand implements Callable<Integer> {
    @Mixin StoreOptions storeOptions;

    @Option(names = "--port", defaultValue = "7070", description = "port to listen on (default 7070; 0 picks a free one)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1", description = "address to bind (default 127.0.0.1)")
    String host;

    @Option(names = "--no-corpus", description = "do not load the bundled debate corpus into an empty store")
    boolean noCorpus;

    @Override
    public Integer call() throws InterruptedException {
        KnowledgeBase kb = new KnowledgeBase(storeOptions.open(), Ingest.standard());
        var index = Indexes.follow(kb, storeOptions);
        if (!noCorpus) {
            var outcomes = BundledCorpus.loadIntoEmpty(kb);
            long failed = outcomes.stream().filter(ImportOutcome::failed).count();
            for (var o : outcomes) for (var d : o.diagnostics()) if (d.isError()) Cli.err("corpus/" + d.format());
            if (!outcomes.isEmpty()) {
                Cli.out("cruxmap: loaded the bundled corpus: " + (outcomes.size() - failed) + " file(s)"
                        + (failed > 0 ? ", " + failed + " failed" : ""));
            }
        }
        ApiServer server = ApiServer.builder().knowledgeBase(kb).index(index).host(host).port(port).build().start();
        Cli.out("cruxmap: serving " + kb.store().kind() + " store on http://" + host + ":" + server.port() + "/");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            index.close();
            kb.close();
            stopped.countDown();
        }));
        stopped.await();
        return 0;
    }
}
