package org.cruxmap.server.reliability;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The hostile inputs: parameter values, ids, SPARQL, RDF and JSON bodies, path tricks. Each list is data. */
final class Hostile {
    private Hostile() {}

    /** The route table of ApiServer and SparqlRoutes: method, path, and the parameters each reads. */
    record Route(String method, String path, List<String> params) {
        boolean writes() { return !method.equals("GET") && !method.equals("HEAD") && !path.equals("/sparql"); }
    }

    static final List<Route> ROUTES = List.of(
            new Route("GET", "/api/health", List.of()),
            new Route("GET", "/api/search", List.of("q", "type", "tag", "holder", "status", "source", "limit", "offset")),
            new Route("GET", "/api/suggest", List.of("q", "limit")),
            new Route("GET", "/api/nodes/{id}", List.of()),
            new Route("GET", "/api/graph", List.of("focus", "depth", "limit", "kinds", "types")),
            new Route("GET", "/api/cruxes", List.of("sort")),
            new Route("GET", "/api/semantics", List.of("semantics", "graph", "timeLimitMs")),
            new Route("GET", "/api/crux-impact", List.of()),
            new Route("GET", "/api/positions/{id}", List.of()),
            new Route("GET", "/api/double-crux", List.of("a", "b")),
            new Route("GET", "/openapi.json", List.of()),
            new Route("GET", "/sparql", List.of("query", "format", "default-graph-uri", "named-graph-uri", "update")),
            new Route("POST", "/sparql", List.of("query", "update", "format", "default-graph-uri", "named-graph-uri")),
            new Route("POST", "/update", List.of("update", "using-graph-uri", "using-named-graph-uri")),
            new Route("GET", "/data", List.of("graph", "default", "format")),
            new Route("HEAD", "/data", List.of("graph", "default")),
            new Route("PUT", "/data", List.of("graph", "default")),
            new Route("POST", "/data", List.of("graph", "default")),
            new Route("DELETE", "/data", List.of("graph", "default")),
            new Route("GET", "/", List.of()),
            new Route("GET", "/webjars/{id}", List.of()));

    /** Parameter values, sent percent-encoded as UTF-8. */
    static final List<String> VALUES = List.of("", " ", "-1", "0", "2147483648", "99999999999999999999999", "1e9", "NaN",
            "0x10", "\u0000", "a\u0000b", "../../../../etc/passwd", "..\\..\\windows", "' OR '1'='1", "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1:1/a}", "\"", "\\", "(((((", ")", "*", "?", "*:*", "a~", "/.*/", "[a TO", "{a TO *}",
            "id:*", "label:\"unterminated", "text:a AND OR NOT", "\uFFFF", "\uD83D\uDE00", "ﬁ", "x".repeat(3000),
            "statement/" + "x".repeat(2500), "http://", "urn:", "file:///etc/passwd", "http://example.org/a b",
            "https://w3id.org/cruxmap/id/", "claim,,,crux,", ",,,", "statement/..", "person/%2e%2e", "grounded,preferred",
            "https://w3id.org/cruxmap/graph/", "https://w3id.org/cruxmap/system", "\r\nX-Injected: 1", "%00", "%");

    /** Query strings that are already percent-encoded, some of them wrongly on purpose. */
    static final List<String> RAW_QUERY_VALUES = List.of("%", "%zz", "%0", "%00", "%FF%FE", "%C0%AE%C0%AE", "%ED%A0%80",
            "%2e%2e%2f%2e%2e%2f", "a%00b", "%E2%80%AE", "+++", "&&&", "==", "a=b=c");

    /** Node ids for /api/nodes/{id} and /api/positions/{id}, raw in the path. */
    static final List<String> IDS = List.of("..", "../..", "../../etc/passwd", "%2e%2e", "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
            "statement%2F..%2F..%2Fetc", "..%2f..%2f", "%00", "a%00b", "%C0%AE%C0%AE", "%FF", "%", "%zz", "..;", "..%5c..%5c",
            "statement/x%3Cscript%3E", "%22", "%7B%7D", "x".repeat(5000), "statement/" + "y".repeat(1990), "z".repeat(100_000),
            "http:%2F%2Fexample.org%2Fa", "urn:x", "https:%2F%2Fw3id.org%2Fcruxmap%2Fsystem", "statement%2Fx%3Fy", "%20", "%09",
            "person%2F..", "file:%2F%2F%2Fetc%2Fpasswd");

    /** Request targets that try to climb out of the static folders or confuse the router. */
    static final List<String> PATHS = List.of("/../../../../etc/passwd", "/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
            "/..%2f..%2f..%2fetc%2fpasswd", "/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/webjars/../../../etc/passwd",
            "/webjars/%2e%2e/%2e%2e/%2e%2e/etc/passwd", "/webjars/..%2f..%2fMETA-INF%2fMANIFEST.MF", "/../simplelogger.properties",
            "/%2e%2e/simplelogger.properties", "/..%2fsimplelogger.properties", "/simplelogger.properties",
            "/org/cruxmap/server/api/ApiServer.class", "/../org/cruxmap/server/api/ApiServer.class",
            "/%2e%2e/org/cruxmap/server/api/openapi.json", "/cruxmap-web/../simplelogger.properties", "/index.html%00.json",
            "/index.html%00", "/%00", "/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd", "/..;/..;/etc/passwd", "/api/..;/api/health",
            "/api/nodes/..%2f..%2f..%2fetc%2fpasswd", "/api/./health", "/api//health", "/api/health/", "/API/HEALTH", "//etc/passwd",
            "/\\..\\..\\etc\\passwd", "/api/nodes/", "/api/positions/", "/api/nodes", "/webjars/", "/webjars", "*",
            "http://127.0.0.1:1/api/health", "/?" + "q".repeat(20_000), "/api/search?q=" + "w".repeat(200_000));

    /** Malformed or hostile SPARQL queries. */
    static final List<String> QUERIES = List.of("", "SELECT", "SELECT * WHERE {", "SELECT * WHERE { ?s ?p ?o } LIMIT -1",
            "SELECT * WHERE { ?s ?p ?o FILTER(?o > ) }", "PREFIX : <unterminated SELECT * {}", "BASE <::> SELECT * {}",
            "SELECT * WHERE { " + "{ ".repeat(5_000) + "}".repeat(5_000) + " }",
            "SELECT * WHERE { ?s ?p ?o FILTER(" + "(".repeat(20_000) + "1" + ")".repeat(20_000) + ") }",
            "SELECT * WHERE { ?s ?p ?o FILTER(" + "!".repeat(50_000) + "true) }",
            "SELECT * WHERE { ?s ?p ?o } " + "LIMIT 1 ".repeat(1000),
            "SELECT (REGEX(\"aaaa\", \"(\") AS ?x) {}", "SELECT (<urn:no-such-function>(1) AS ?x) {}",
            "SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }",
            "SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o } LIMIT 3", "SELECT * FROM NAMED <http://127.0.0.1:1/x> { GRAPH ?g { ?s ?p ?o } }",
            "DESCRIBE <file:///etc/passwd>", "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 99999999999999999999",
            "SELECT * WHERE { ?s ?p \"\\uD800\" }", "SELECT * WHERE { ?s ?p ?o } VALUES ?s { " + "<urn:x> ".repeat(20_000) + "}",
            "ASK { <a\u0000b> ?p ?o }", "SELECT ?x WHERE { BIND(1/0 AS ?x) }", "DROP ALL", "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
            "SELECT * WHERE { ?s ?p ?o . " + "OPTIONAL { ?s ?p ?o } ".repeat(300) + "} LIMIT 1");

    /** Malformed or refused SPARQL updates: sent with the right token, none may change anything. */
    static final List<String> UPDATES = List.of("DROP ALLL", "INSERT DATA { <urn:a> <urn:b> }", "CLEAR GRAPH <",
            "DELETE WHERE { ?s ?p ?o ", "LOAD <file:///etc/passwd>", "LOAD <http://127.0.0.1:1/x> INTO GRAPH <urn:g>",
            "INSERT { ?s ?p ?o } WHERE { SERVICE <http://127.0.0.1:1/s> { ?s ?p ?o } }",
            "INSERT DATA { " + "{ ".repeat(5_000) + " }", "DELETE DATA { <urn:a> <urn:b> ?o }", "CREATE GRAPH <https://w3id.org/cruxmap/system>",
            "INSERT DATA { GRAPH <https://w3id.org/cruxmap/system> { <urn:a> <urn:b> <urn:c> } } ; DROP ALL ; SELECT",
            "\u0000\u0001\u0002", "DROP ALL ; INSERT DATA {");

    /** Malformed RDF and JSON-LD bodies, with the content type each claims to be. */
    static final List<Map.Entry<String, String>> RDF = List.of(
            Map.entry("text/turtle", "@@@ not turtle"), Map.entry("text/turtle", "<urn:a> <urn:b> "),
            Map.entry("text/turtle", "@prefix : <file:///etc/passwd> . :a :b"), Map.entry("text/turtle", "<urn:a> <urn:b> \"\\uD800\" ."),
            Map.entry("text/turtle", "( ".repeat(20_000)), Map.entry("text/turtle", "[ <urn:p> ".repeat(20_000)),
            Map.entry("application/n-triples", "<urn:a> <urn:b> <urn:c>"), Map.entry("application/n-quads", "<urn:a> <urn:b> <urn:c> <urn:g> <urn:x> ."),
            Map.entry("application/trig", "<urn:g> { <urn:a> <urn:b> "), Map.entry("application/rdf+xml", "<rdf:RDF><unclosed>"),
            Map.entry("application/rdf+xml", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>"),
            Map.entry("application/rdf+xml", "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]><r>&g;</r>"),
            Map.entry("application/ld+json", "{"), Map.entry("application/ld+json", "[".repeat(100_000)),
            Map.entry("application/ld+json", "{\"@context\": \"http://127.0.0.1:1/context.jsonld\", \"@id\": \"urn:a\", \"urn:b\": 1}"),
            Map.entry("application/ld+json", "{\"@context\": \"file:///etc/passwd\", \"@id\": \"urn:a\"}"),
            Map.entry("application/ld+json", "{\"@id\": \"urn:a\", \"urn:b\": " + "{\"urn:c\": ".repeat(5_000) + "1" + "}".repeat(5_000) + "}"),
            Map.entry("application/ld+json", "\"just a string\""),
            Map.entry("application/json", "{\"query\": \"SELECT * {}\"}"), Map.entry("text/plain", "hello"),
            Map.entry("multipart/form-data; boundary=xyz", "--xyz\r\nContent-Type: text/turtle\r\n\r\n@@@\r\n--xyz--\r\n"),
            Map.entry("multipart/form-data; boundary=", "--\r\n\r\n"), Map.entry("multipart/form-data", "no boundary at all"),
            Map.entry("multipart/form-data; boundary=q", "--q\r\nContent-Disposition: form-data; name=\"f\"; filename=\"../../x.ttl\"\r\n\r\n<urn:a> <urn:b> \r\n--q"),
            Map.entry("text/turtle; charset=utf-16", "\u0000<\u0000u"), Map.entry("", "<urn:a> <urn:b> <urn:c> ."),
            Map.entry("application/x-www-form-urlencoded", "query=%zz&update=%"), Map.entry("application/sparql-query; charset=latin1", "SELECT * {}"));

    /** Authorization headers that do not carry this server's token (null: none at all). */
    static List<String> wrongAuthorizations(String token) {
        List<String> out = new ArrayList<>();
        out.add(null);
        out.add("Authorization: Bearer wrong");
        out.add("Authorization: Bearer ");
        out.add("Authorization: Bearer");
        out.add("Authorization: Bearer " + token + "x");
        out.add("Authorization: Bearer " + token.substring(0, token.length() - 1));
        out.add("Authorization: Basic " + java.util.Base64.getEncoder().encodeToString((token + ":" + token).getBytes(StandardCharsets.UTF_8)));
        out.add("Authorization: " + token);
        out.add("Authorization: Bearer " + "t".repeat(10_000));
        out.add("Authorization: Bearer \u00e9" + token);
        return out;
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }

    /** Seeded random bytes. */
    static byte[] randomBytes(Random random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }
}
