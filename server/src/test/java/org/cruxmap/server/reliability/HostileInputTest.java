package org.cruxmap.server.reliability;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input to every route of the real server (TDB2, the corpus, a write token, a 1 MiB body
 * limit): malformed parameters, SPARQL, RDF and JSON, huge bodies, random bytes, path tricks and
 * writes with a missing or wrong token. No answer is 500 or above, none carries a stack trace or a
 * file from outside the viewer, and the exported data is the same after each test as before.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class HostileInputTest {
    private static final String TOKEN = "hostile-token-7f3a";
    private static final String AUTH = "Authorization: Bearer " + TOKEN;
    private static final String CORPUS_GRAPH = "https://w3id.org/cruxmap/graph/people.ttl";
    private static final List<String> TRACES = List.of("Exception", "at org.", "java.", "\tat ");
    private static final List<String> SECRETS = List.of("root:x:0:0", "org.slf4j.simpleLogger", "Manifest-Version",
            "\u00ca\u00fe\u00ba\u00be", "<artifactId>", "package org.cruxmap");

    @TempDir static Path dir;
    private static LiveServer live;
    private static RawHttp raw;
    private static List<String> before;
    private static long counterBefore;

    private final List<String> failures = new ArrayList<>();
    private int sent;
    private long counterSeen = counterBefore;

    @BeforeAll
    static void start() throws Exception {
        live = LiveServer.start(dir, true, TOKEN, 1024 * 1024);
        raw = new RawHttp(live.port());
        before = export();
        counterBefore = live.kb.store().changeCounter();
        assertTrue(before.size() > 100, "the corpus is loaded");
    }

    @AfterAll
    static void stop() { live.close(); }

    /** The whole store as sorted N-Quads, through GET /data. */
    private static List<String> export() throws IOException {
        RawHttp.Answer a = raw.send("GET", "/data", null, "Accept: application/n-quads");
        assertEquals(200, a.status(), a.text());
        String body = new String(a.text().substring(a.text().indexOf("\r\n\r\n") + 4).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), UTF_8);
        return body.lines().filter(l -> !l.isBlank()).sorted().toList();
    }

    @AfterEach
    void theDataIsExactlyAsBefore() throws IOException {
        assertEquals(counterBefore, live.kb.store().changeCounter(), "the change counter did not move");
        assertEquals(before, export(), "the exported store is unchanged");
        assertEquals(200, raw.send("GET", "/api/health", null).status(), "the server still answers");
    }

    private void check(String what, RawHttp.Answer a, boolean mayClose) {
        sent++;
        long counter = live.kb.store().changeCounter();
        if (counter != counterSeen) failures.add("the store changed (change " + counterSeen + " -> " + counter + ") after " + what + ": " + head(a.text()));
        counterSeen = counter;
        if (a.status() >= 500) failures.add(a.status() + " for " + what + ": " + head(a.text()));
        if (a.status() < 0 && !mayClose) failures.add("no answer for " + what);
        for (String t : TRACES) if (a.text().contains(t)) failures.add("'" + t + "' in the answer to " + what + ": " + head(a.text()));
        if (a.status() >= 400 && a.text().toLowerCase(java.util.Locale.ROOT).contains("<html")) failures.add("an HTML error page for " + what + ": " + head(a.text()));
        for (String s : SECRETS) if (a.text().contains(s)) failures.add("a file leaked (" + s + ") for " + what);
    }

    private void send(String what, String method, String target, byte[] body, String... headers) {
        try {
            check(what, raw.send(method, target, body, headers), false);
        } catch (IOException e) {
            failures.add(what + ": " + e.getMessage());
        }
    }

    private void verdict() {
        System.out.println(getClass().getSimpleName() + ": " + sent + " hostile requests, " + failures.size() + " failures");
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " hostile requests failed:\n"
                + String.join("\n", failures.subList(0, Math.min(40, failures.size()))));
    }

    private static String head(String s) {
        String one = s.replace("\r\n", " | ");
        return one.length() > 400 ? one.substring(0, 400) + "…" : one;
    }

    @Test
    void everyParameterOfEveryRouteTakesHostileValuesWithoutAServerErrorOrATrace() {
        List<String> values = new ArrayList<>();
        for (String v : Hostile.VALUES) values.add(Hostile.enc(v));
        values.addAll(Hostile.RAW_QUERY_VALUES);
        byte[] notTurtle = "@@@".getBytes(UTF_8);
        for (Hostile.Route r : Hostile.ROUTES) {
            String path = r.path().replace("{id}", r.path().startsWith("/webjars") ? "cytoscape" : "statement/x");
            List<String> params = new ArrayList<>(r.params());
            params.add("unknown");
            for (String p : params) {
                if (r.method().equals("DELETE") && p.equals("default")) continue; // DELETE ?default with the token is an honest write
                for (String v : values) {
                    String pair = p + "=" + v;
                    String what = r.method() + " " + r.path() + " " + p + "=" + (v.length() > 40 ? v.substring(0, 40) + "…" : v);
                    switch (r.method() + " " + r.path()) {
                        case "GET /sparql" -> send(what, "GET", path + "?" + (p.equals("query") ? "" : "query=ASK%7B%7D&") + pair, null);
                        case "POST /sparql" -> send(what, "POST", path, ((p.equals("query") || p.equals("update") ? "" : "query=ASK%7B%7D&") + pair).getBytes(UTF_8),
                                "Content-Type: application/x-www-form-urlencoded");
                        case "POST /update" -> {
                            send(what, "POST", path, pair.getBytes(UTF_8), "Content-Type: application/x-www-form-urlencoded");
                            if (!p.equals("update")) {
                                send(what + " (token)", "POST", path, ("update=DROP+ALLL&" + pair).getBytes(UTF_8),
                                        "Content-Type: application/x-www-form-urlencoded", AUTH);
                            }
                        }
                        case "PUT /data", "POST /data" -> send(what + " (token)", r.method(), path + "?" + pair, notTurtle, "Content-Type: text/turtle", AUTH);
                        case "DELETE /data" -> send(what + " (token)", "DELETE", path + "?" + pair, null, AUTH);
                        default -> send(what, r.method(), path + "?" + pair, null);
                    }
                }
            }
        }
        verdict();
    }

    @Test
    void malformedSparqlRdfAndJsonAreRefusedEvenWithTheRightToken() {
        for (String q : Hostile.QUERIES) {
            String what = "query '" + (q.length() > 50 ? q.substring(0, 50) + "…" : q) + "'";
            send("GET /sparql " + what, "GET", "/sparql?query=" + Hostile.enc(q), null);
            send("POST /sparql " + what, "POST", "/sparql", q.getBytes(UTF_8), "Content-Type: application/sparql-query");
            send("POST /sparql form " + what, "POST", "/sparql", ("query=" + Hostile.enc(q)).getBytes(UTF_8), "Content-Type: application/x-www-form-urlencoded");
        }
        send("POST /update with an empty update (token)", "POST", "/update", new byte[0], "Content-Type: application/sparql-update", AUTH);
        for (String u : Hostile.UPDATES) {
            String what = "update '" + (u.length() > 50 ? u.substring(0, 50) + "…" : u) + "'";
            refused("POST /update " + what, "POST", "/update", u.getBytes(UTF_8), "Content-Type: application/sparql-update", AUTH);
            refused("POST /sparql form " + what, "POST", "/sparql", ("update=" + Hostile.enc(u)).getBytes(UTF_8),
                    "Content-Type: application/x-www-form-urlencoded", AUTH);
        }
        for (Map.Entry<String, String> body : Hostile.RDF) {
            String[] type = body.getKey().isEmpty() ? new String[0] : new String[] {"Content-Type: " + body.getKey()};
            byte[] bytes = body.getValue().getBytes(UTF_8);
            String what = body.getKey() + " '" + (body.getValue().length() > 40 ? body.getValue().substring(0, 40) + "…" : body.getValue()) + "'";
            for (String target : List.of("/data?graph=urn:hostile", "/data?default", "/data")) {
                for (String method : List.of("PUT", "POST")) {
                    if (method.equals("PUT") && target.equals("/data")) continue;
                    refused(method + " " + target + " " + what, method, target, bytes, join(type, AUTH));
                }
            }
            send("POST /sparql " + what, "POST", "/sparql", bytes, type);
            refused("POST /update " + what, "POST", "/update", bytes, join(type, AUTH));
        }
        Random random = new Random(9);
        List<String> types = List.of("text/turtle", "application/ld+json", "application/rdf+xml", "application/sparql-query",
                "application/sparql-update", "application/x-www-form-urlencoded", "multipart/form-data; boundary=b", "application/octet-stream");
        for (int i = 0; i < 6; i++) {
            for (String type : types) {
                byte[] bytes = Hostile.randomBytes(random, 1 + random.nextInt(8192));
                refused("PUT /data random bytes as " + type, "PUT", "/data?graph=urn:hostile", bytes, "Content-Type: " + type, AUTH);
                refused("POST /update random bytes as " + type, "POST", "/update", bytes, "Content-Type: " + type, AUTH);
                send("POST /sparql random bytes as " + type, "POST", "/sparql", bytes, "Content-Type: " + type);
                send("GET /api/search with random bytes as " + type, "GET", "/api/search?q=a", bytes, "Content-Type: " + type);
            }
        }
        verdict();
    }

    /** A write that must be refused with a 4xx (and so leave the store alone). */
    private void refused(String what, String method, String target, byte[] body, String... headers) {
        try {
            RawHttp.Answer a = raw.send(method, target, body, headers);
            check(what, a, false);
            if (a.status() < 400 || a.status() >= 500) failures.add(what + " was not refused: " + head(a.text()));
        } catch (IOException e) {
            failures.add(what + ": " + e.getMessage());
        }
    }

    private static String[] join(String[] a, String... b) {
        String[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void hugeBodiesAreRefusedBeforeTheyAreRead() throws IOException {
        byte[] huge = new byte[3 * 1024 * 1024];
        Arrays.fill(huge, (byte) 'a');
        String[][] writes = {{"POST", "/sparql", "Content-Type: application/sparql-query"}, {"POST", "/update", "Content-Type: application/sparql-update"},
            {"PUT", "/data?graph=urn:hostile", "Content-Type: text/turtle"}, {"POST", "/data", "Content-Type: text/turtle"},
            {"POST", "/sparql", "Content-Type: application/x-www-form-urlencoded"}};
        for (String[] w : writes) {
            String what = w[0] + " " + w[1] + " with 3 MiB";
            tooLarge(what, raw.send(w[0], w[1], huge, w[2], AUTH));
            tooLarge(what + " chunked", raw.send(w[0], w[1], chunked(huge), w[2], AUTH, "Transfer-Encoding: chunked"));
            tooLarge(what + " declaring a terabyte", raw.send(w[0], w[1], "x".getBytes(UTF_8), w[2], AUTH, "Content-Length: 1000000000000"));
        }
        check("GET /api/search with a 3 MiB body", raw.send("GET", "/api/search?q=coherence", huge, "Content-Type: text/plain"), true);
        check("GET /api/graph with a 3 MiB body", raw.send("GET", "/api/graph", huge), true);
        verdict();
    }

    private void tooLarge(String what, RawHttp.Answer a) {
        check(what, a, true);
        if (a.status() != 413 && a.status() != -1) failures.add(what + " answered " + a.status() + ", not 413: " + head(a.text()));
    }

    private static byte[] chunked(byte[] body) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < body.length; i += 65536) {
            int n = Math.min(65536, body.length - i);
            out.writeBytes((Integer.toHexString(n) + "\r\n").getBytes(UTF_8));
            out.write(body, i, n);
            out.writeBytes("\r\n".getBytes(UTF_8));
        }
        out.writeBytes("0\r\n\r\n".getBytes(UTF_8));
        return out.toByteArray();
    }

    @Test
    void pathTricksNeverReachAFileOutsideTheViewerNorATrace() {
        for (String p : Hostile.PATHS) {
            send("GET " + shorten(p), "GET", p, null);
            send("HEAD " + shorten(p), "HEAD", p, null);
        }
        for (String id : Hostile.IDS) {
            for (String route : List.of("/api/nodes/", "/api/positions/")) send("GET " + route + shorten(id), "GET", route + id, null);
            send("GET /api/graph?focus=" + shorten(id), "GET", "/api/graph?focus=" + id, null);
            send("GET /api/double-crux?a=" + shorten(id), "GET", "/api/double-crux?a=" + id + "&b=" + id, null);
        }
        verdict();
    }

    @Test
    void garbageOnTheWireGetsAnAnswerOrAClosedConnectionNeverAServerError() {
        Random random = new Random(3);
        List<byte[]> requests = new ArrayList<>();
        for (int i = 0; i < 30; i++) requests.add(Hostile.randomBytes(random, 1 + random.nextInt(4096)));
        for (String s : List.of("GET\r\n\r\n", "GET / HTTP/9.9\r\n\r\n", "GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: a\r\nX: a\u0000b\r\n\r\n", "GET / HTTP/1.1\r\nHost: a\r\nno colon here\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: a\r\nX: " + "h".repeat(100_000) + "\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: a\r\n" + "X-Many: 1\r\n".repeat(2_000) + "\r\n", "FOO / HTTP/1.1\r\nHost: a\r\n\r\n",
                "PATCH /api/search HTTP/1.1\r\nHost: a\r\n\r\n", "TRACE / HTTP/1.1\r\nHost: a\r\n\r\n", "OPTIONS * HTTP/1.1\r\nHost: a\r\n\r\n",
                "OPTIONS /sparql HTTP/1.1\r\nHost: a\r\nOrigin: http://evil.example\r\nAccess-Control-Request-Method: POST\r\n\r\n",
                "CONNECT 127.0.0.1:1 HTTP/1.1\r\nHost: a\r\n\r\n", "DELETE /api/nodes/statement/x HTTP/1.1\r\nHost: a\r\n\r\n",
                "POST /sparql HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\nContent-Type: application/sparql-query\r\n\r\nZZZ\r\nabc\r\n0\r\n\r\n",
                "POST /sparql HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n", "POST /sparql HTTP/1.1\r\nHost: a\r\nContent-Length: abc\r\n\r\n",
                "POST /sparql HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
                "POST /update HTTP/1.1\r\nHost: a\r\nContent-Type: application/sparql-update\r\nContent-Length: 8\r\n" + AUTH + "\u0000\r\n\r\nDROP ALL",
                "GET /api/search?q=%%%% HTTP/1.1\r\nHost: a\r\n\r\n", "GET /api/search?q=a b HTTP/1.1\r\nHost: a\r\n\r\n",
                "GET /api/health HTTP/1.1\r\nHost: a\r\nIf-None-Match: " + "\"".repeat(5_000) + "\r\n\r\n",
                "GET /api/health HTTP/1.1\r\nHost: a\r\nAccept: " + "*/*;q=0.".repeat(2_000) + "\r\n\r\n",
                "GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: a\r\nAccept: application/sparql-results+json;q=abc, */*;q=-1\r\n\r\n",
                "GET /data HTTP/1.1\r\nHost: a\r\nAccept: text/turtle;q=NaN\r\n\r\n")) {
            requests.add((s.contains("Connection:") ? s : s.replaceFirst("\r\n", "\r\nConnection: close\r\n")).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        for (byte[] r : requests) {
            try {
                RawHttp.Answer a = raw.exchange(r);
                // 505 is the answer RFC 9110 (15.6.6) prescribes for an HTTP version the server does not speak; Jetty's parser gives it before any route
                if (a.status() == 505 && RawHttp.firstLine(r).endsWith("HTTP/9.9")) a = new RawHttp.Answer(400, a.text());
                check("'" + shorten(RawHttp.firstLine(r)) + "'", a, true);
            } catch (IOException e) {
                failures.add(shorten(RawHttp.firstLine(r)) + ": " + e.getMessage());
            }
        }
        verdict();
    }

    @Test
    void writesWithoutTheRightTokenAreRefusedAndChangeNothing() {
        byte[] triple = "<urn:a> <urn:b> <urn:c> .".getBytes(UTF_8);
        for (String auth : Hostile.wrongAuthorizations(TOKEN)) {
            String[] a = auth == null ? new String[0] : new String[] {auth};
            String who = auth == null ? "no token" : shorten(auth);
            denied("PUT over a corpus graph, " + who, "PUT", "/data?graph=" + Hostile.enc(CORPUS_GRAPH), triple, join(a, "Content-Type: text/turtle"));
            denied("POST into a corpus graph, " + who, "POST", "/data?graph=" + Hostile.enc(CORPUS_GRAPH), triple, join(a, "Content-Type: text/turtle"));
            denied("POST a new graph, " + who, "POST", "/data", triple, join(a, "Content-Type: application/n-triples"));
            denied("DELETE a corpus graph, " + who, "DELETE", "/data?graph=" + Hostile.enc(CORPUS_GRAPH), null, a);
            denied("DELETE the default graph, " + who, "DELETE", "/data?default", null, a);
            denied("DROP ALL on /update, " + who, "POST", "/update", "DROP ALL".getBytes(UTF_8), join(a, "Content-Type: application/sparql-update"));
            denied("DROP ALL as a form on /update, " + who, "POST", "/update", "update=DROP+ALL".getBytes(UTF_8),
                    join(a, "Content-Type: application/x-www-form-urlencoded"));
            denied("DROP ALL as a form on /sparql, " + who, "POST", "/sparql", "update=DROP+ALL".getBytes(UTF_8),
                    join(a, "Content-Type: application/x-www-form-urlencoded"));
            denied("DROP ALL on /sparql, " + who, "POST", "/sparql", "DROP ALL".getBytes(UTF_8), join(a, "Content-Type: application/sparql-update"));
            denied("DROP ALL on /sparql?update=, " + who, "GET", "/sparql?update=DROP+ALL", null, a);
        }
        verdict();
    }

    private void denied(String what, String method, String target, byte[] body, String... headers) {
        try {
            RawHttp.Answer a = raw.send(method, target, body, headers);
            check(what, a, false);
            if (a.status() != 401 && a.status() != 403 && a.status() != 405 && a.status() != 400 && a.status() != 431) {
                failures.add(what + " was not denied: " + head(a.text()));
            }
        } catch (IOException e) {
            failures.add(what + ": " + e.getMessage());
        }
    }

    private static String shorten(String s) { return s.length() > 60 ? s.substring(0, 60) + "…(" + s.length() + ")" : s; }
}
