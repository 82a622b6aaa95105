package org.cruxmap.server.api;

import io.javalin.config.JavalinConfig;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.sparql.QueryService;
import org.cruxmap.server.sparql.UpdateService;

/** The SPARQL part of the route table: /sparql, /update and /data, behind the server's one write guard. */
final class SparqlRoutes {
    private SparqlRoutes() {}

    static void add(JavalinConfig cfg, KnowledgeBase kb, WriteGuard guard, long timeoutMillis, long maxBody) {
        QueryService queries = new QueryService(kb.store(), timeoutMillis);
        UpdateService updates = new UpdateService(kb, timeoutMillis);
        SparqlHandler sparql = new SparqlHandler(queries, updates, guard, maxBody, true);
        SparqlHandler update = new SparqlHandler(queries, updates, guard, maxBody, false);
        GraphStoreHandler data = new GraphStoreHandler(kb, guard, maxBody);
        cfg.routes.get("/sparql", sparql);
        cfg.routes.post("/sparql", sparql);
        cfg.routes.post("/update", update);
        cfg.routes.get("/data", data);
        cfg.routes.head("/data", data);
        cfg.routes.put("/data", data);
        cfg.routes.post("/data", data);
        cfg.routes.delete("/data", data);
    }

    /** True when the host name or address is a loopback address. */
    static boolean isLoopback(String host) {
        try {
            for (InetAddress a : InetAddress.getAllByName(host)) if (!a.isLoopbackAddress()) return false;
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
