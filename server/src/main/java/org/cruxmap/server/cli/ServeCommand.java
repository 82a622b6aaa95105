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

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "bearer token that writes (/update, /data PUT/POST/DELETE) need (default: $CRUXMAP_TOKEN); without one, writes are refused")
    String token;

    @Option(names = "--allow-anonymous-update",
            description = "let writes through without a token (for the W3C test suites); refused unless --host is a loopback address")
    boolean allowAnonymousUpdate;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "time limit of one SPARQL query or update, in seconds (default 10)")
    double queryTimeout;

    @Option(names = "--max-request-bytes", paramLabel = "N", defaultValue = "67108864",
            description = "largest request body accepted, in bytes (default 64 MiB); larger bodies get 413")
    long maxRequestBytes;

    /** Why the server could not listen, in words, or null when the failure was not about binding. */
    private static String bindFailure(Throwable e) {
        boolean bind = false;
        String reason = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof io.javalin.util.JavalinBindException) bind = true;
            if (t instanceof java.net.BindException) {
                bind = true;
                reason = t.getMessage();
            }
        }
        if (!bind) return null;
        String r = reason == null ? "" : reason.toLowerCase(java.util.Locale.ROOT);
        if (r.contains("in use") || reason == null) return PORT_IN_USE;
        if (r.contains("permission")) return "permission denied (ports below 1024 need privileges); choose another with --port";
        if (r.contains("assign")) return "this machine has no such address; check --host";
        return reason;
    }

    private static final String PORT_IN_USE = "the port is in use (another server?); choose another with --port";

    @Override
    public Integer call() throws InterruptedException {
        String writeToken = token != null ? token : System.getenv("CRUXMAP_TOKEN");
        if (allowAnonymousUpdate && !ApiServer.isLoopback(host)) {
            Cli.err("cruxmap: error: --allow-anonymous-update is refused on " + host + ": bind to a loopback address (--host 127.0.0.1)");
            return 2;
        }
        if (queryTimeout <= 0) {
            Cli.err("cruxmap: error: --query-timeout must be positive");
            return 2;
        }
        if (port < 0 || port > 65535) {
            Cli.err("cruxmap: error: --port must be between 0 and 65535 (0 picks a free one), got " + port);
            return 2;
        }
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
        index.prepareSuggestions(); // so the search box's first keystroke does not wait for them
        ApiServer server;
        try {
            server = ApiServer.builder().knowledgeBase(kb).index(index).host(host).port(port)
                    .token(writeToken).allowAnonymousUpdate(allowAnonymousUpdate)
                    .queryTimeoutMillis((long) (queryTimeout * 1000)).maxRequestBytes(maxRequestBytes)
                    .build().start();
        } catch (RuntimeException e) {
            String why = bindFailure(e);
            if (why == null) throw e;
            index.close();
            kb.close();
            Cli.err("cruxmap: error: cannot listen on " + host + ":" + port + ": " + why);
            return 1;
        }
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
