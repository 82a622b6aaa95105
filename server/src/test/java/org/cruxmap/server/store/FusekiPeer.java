package org.cruxmap.server.store;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.TDB2Factory;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * Fuseki as the SPARQL benchmark's peer (bench/sparql-vs-fuseki.sh): one TDB2 dataset at /ds, query,
 * update and Graph Store, on loopback. Its command line gives Jetty a 5 MB output buffer, which Jetty's
 * pool does not keep, so every response allocates and zeroes 5 MB (about 20 ms here); the peer runs
 * with Jetty's own default buffer instead, so the comparison is with Fuseki at its best.
 * Usage: FusekiPeer PORT TDB2_DIRECTORY [OUTPUT_BUFFER_BYTES (default 32768)]
 */
public final class FusekiPeer {
    private FusekiPeer() {}

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        DatasetGraph data = TDB2Factory.connectDataset(args[1]).asDatasetGraph();
        int buffer = args.length > 2 ? Integer.parseInt(args[2]) : 32 * 1024;
        FusekiServer server = FusekiServer.create().loopback(true).port(port).enablePing(true).add("/ds", data, true).build();
        for (Connector c : server.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = c.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) http.getHttpConfiguration().setOutputBufferSize(buffer);
        }
        server.start().join();
    }
}
