package org.cruxmap.server.api;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.util.LinkedHashMap;
import java.util.Map;
import org.cruxmap.server.app.KnowledgeBase;
import org.cruxmap.server.index.SearchIndex;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The HTTP server: one route table over the knowledge base. Build it with {@link #builder()}; tests use port 0. */
public final class ApiServer {
    private static final Logger LOG = LoggerFactory.getLogger(ApiServer.class);

    private final Javalin app;
    private final String host;
    private final int port;

    private ApiServer(Builder b) {
        this.host = b.host;
        this.port = b.port;
        KnowledgeBase kb = b.kb;
        this.app = Javalin.create(cfg -> {
            cfg.startup.startupWatcherEnabled = false;
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.maxRequestSize = b.maxRequestBytes;
            cfg.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            cfg.http.prefer405over404 = true; // a known path asked with another method: 405 with Allow, not 404
            routes(cfg, kb, b);
            viewer(cfg);
            errors(cfg);
        });
    }

    /** The route table: every route of the server, in one place. */
    private static void routes(JavalinConfig cfg, KnowledgeBase kb, Builder b) {
        cfg.routes.before(ctx -> SecurityHeaders.apply(ctx, b.corsOrigin));
        cfg.routes.before("/api/*", ctx -> Etags.before(ctx, kb.store()));
        read(cfg, "/api/health", new HealthHandler(kb));
        read(cfg, "/api/search", new SearchHandler(b.index));
        read(cfg, "/api/suggest", new SuggestHandler(b.index));
        read(cfg, "/api/nodes/<id>", new NodeHandler(kb));
        read(cfg, "/api/graph", new GraphHandler(kb));
        CruxImpacts impacts = new CruxImpacts(kb.store(), b.cruxImpactLimit);
        read(cfg, "/api/cruxes", new CruxesHandler(kb, impacts));
        read(cfg, "/api/semantics", new SemanticsHandler(kb));
        read(cfg, "/api/crux-impact", new CruxImpactHandler(impacts));
        read(cfg, "/api/positions/<id>", new PositionsHandler(kb));
        read(cfg, "/api/double-crux", new DoubleCruxHandler(kb));
        read(cfg, "/openapi.json", new OpenApiHandler());
        WriteGuard writes = new WriteGuard(b.token, b.allowAnonymousUpdate);
        cfg.routes.post("/api/import", new ImportHandler(kb, writes, b.maxRequestBytes));
        SparqlRoutes.add(cfg, kb, writes, b.queryTimeoutMillis, b.maxRequestBytes);
        cfg.routes.after("/api/*", Etags::after);
    }

    /** A read route: GET, and HEAD answered by the same handler (same status and headers, no body). */
    private static void read(JavalinConfig cfg, String path, io.javalin.http.Handler handler) {
        cfg.routes.get(path, handler);
        cfg.routes.head(path, handler);
    }

    /** The web viewer at {@code /} (module web, classpath folder cruxmap-web) and its libraries under {@code /webjars/}. */
    private static void viewer(JavalinConfig cfg) {
        cfg.staticFiles.add(sf -> {
            sf.hostedPath = "/";
            sf.directory = "/cruxmap-web";
            sf.location = Location.CLASSPATH;
            sf.headers = Map.of("Cache-Control", "no-cache");
        });
        cfg.staticFiles.enableWebjars();
    }

    private static void errors(JavalinConfig cfg) {
        cfg.routes.exception(ApiError.class, (e, ctx) -> ctx.status(e.status()).json(body(e.getMessage(), e.detail())));
        cfg.routes.exception(org.cruxmap.server.sparql.SparqlError.class, SparqlErrors::render);
        cfg.routes.exception(io.javalin.http.HttpResponseException.class, (e, ctx) -> {
            String allowed = e.getDetails().getOrDefault("availableMethods", "").replaceAll("[\\[\\]]", "");
            if (e.getStatus() == 405 && !allowed.isBlank()) ctx.header("Allow", allowed);
            ctx.status(e.getStatus()).json(e.getStatus() == 404 ? body("not found", ctx.path()) : body(e.getMessage(), ctx.method() + " " + ctx.path()));
        });
        cfg.routes.exception(org.cruxmap.server.store.StoreException.class, (e, ctx) -> {
            LOG.warn("store unavailable on {} {}: {}", ctx.method(), ctx.path(), e.getMessage());
            ctx.header("Retry-After", "5");
            ctx.status(503).json(body("the store is unavailable", e.getMessage()));
        });
        cfg.routes.exception(Exception.class, (e, ctx) -> {
            LOG.error("failure on {} {}", ctx.method(), ctx.path(), e);
            ctx.status(503).json(body("the server could not answer", e.getClass().getSimpleName()));
        });
        cfg.routes.error(404, ctx -> {
            String type = ctx.res().getContentType();
            if (type == null || !type.startsWith("application/json")) ctx.json(body("not found", ctx.path()));
        });
        cfg.routes.error(405, ctx -> ctx.json(body("method not allowed", ctx.method() + " " + ctx.path())));
    }

    static Map<String, Object> body(String error, String detail) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("error", ErrorText.clean(error));
        m.put("detail", ErrorText.clean(detail));
        return m;
    }

    public static Builder builder() { return new Builder(); }

    /** True when a host name or address is loopback only (where anonymous update may be allowed). */
    public static boolean isLoopback(String host) { return SparqlRoutes.isLoopback(host); }

    /** Starts listening; returns this. */
    public ApiServer start() {
        app.start(host, port);
        return this;
    }

    /** The port actually bound (useful with port 0). */
    public int port() { return app.port(); }

    public void stop() { app.stop(); }

    /** Builds the server from its parts. */
    public static final class Builder {
        private KnowledgeBase kb;
        private SearchIndex index;
        private String host = "127.0.0.1";
        private int port = 7070;
        private long maxRequestBytes = 64L * 1024 * 1024;
        private String corsOrigin;
        private String token;
        private boolean allowAnonymousUpdate;
        private long queryTimeoutMillis = 10_000;
        private java.time.Duration cruxImpactLimit = CruxImpacts.LIMIT;

        public Builder knowledgeBase(KnowledgeBase kb) { this.kb = kb; return this; }
        /** The search index behind /api/search and /api/suggest (without one they answer 503). */
        public Builder index(SearchIndex index) { this.index = index; return this; }
        public Builder host(String host) { this.host = host; return this; }
        public Builder port(int port) { this.port = port; return this; }
        public Builder maxRequestBytes(long n) { this.maxRequestBytes = n; return this; }
        /** Allows cross-origin reads from one origin; CORS is off when not set. */
        public Builder corsOrigin(String origin) { this.corsOrigin = origin; return this; }
        /** The bearer token writes need; null or blank: writes are refused unless anonymous update is allowed. */
        public Builder token(String token) { this.token = token; return this; }
        /** Lets writes through without a token (for the W3C suites); only on a loopback host. */
        public Builder allowAnonymousUpdate(boolean allow) { this.allowAnonymousUpdate = allow; return this; }
        /** The time limit of one SPARQL query or update. */
        public Builder queryTimeoutMillis(long millis) { this.queryTimeoutMillis = millis; return this; }
        /** How long one request works out crux impacts before answering with those it has. */
        Builder cruxImpactLimit(java.time.Duration limit) { this.cruxImpactLimit = limit; return this; }

        public ApiServer build() {
            if (kb == null) throw new IllegalStateException("an ApiServer needs a knowledge base");
            if (allowAnonymousUpdate && !SparqlRoutes.isLoopback(host)) {
                throw new IllegalArgumentException("--allow-anonymous-update is refused on " + host + ": bind to a loopback address (127.0.0.1, ::1, localhost)");
            }
            if (queryTimeoutMillis <= 0) throw new IllegalArgumentException("the query timeout must be positive");
            return new ApiServer(this);
        }
    }
}
