package org.cruxmap.server.store;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * A real Fuseki on loopback, serving one in-memory dataset at {@code /ds} (query, update and the
 * Graph Store Protocol at the dataset URL). It can be stopped and started again on the same port
 * with the same data, to play a remote store that goes away and comes back.
 */
public final class InProcessFuseki implements AutoCloseable {
    private final DatasetGraph data = DatasetGraphFactory.createTxnMem();
    private FusekiServer server;
    private int port;

    public InProcessFuseki() {
        start(0);
    }

    private void start(int onPort) {
        server = FusekiServer.create().loopback(true).port(onPort).add("/ds", data).build().start();
        port = server.getPort();
    }

    /** The dataset URL, as given to --store. */
    public String url() { return "http://127.0.0.1:" + port + "/ds"; }

    /** What Fuseki holds, for checks behind Cruxmap's back. */
    public DatasetGraph data() { return data; }

    /** Stops answering: the port refuses connections. */
    public void stop() {
        server.stop();
        server = null;
    }

    /** Starts again on the same port with the same data. */
    public void restart() {
        if (server != null) stop();
        start(port);
    }

    @Override
    public void close() {
        if (server != null) stop();
    }
}
