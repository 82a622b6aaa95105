package org.cruxmap.server.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A loopback HTTP client for one server, with the few questions the reliability tests ask. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String PREFIXES = "PREFIX cm: <https://w3id.org/cruxmap/ns#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ";

    final int port;
    final HttpClient client;

    Http(int port) {
        this.port = port;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    }

    URI uri(String pathAndQuery) { return URI.create("http://127.0.0.1:" + port + pathAndQuery); }

    HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(60));
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
        return send(request(pathAndQuery).GET().build());
    }

    /** A GET that must answer 200 with JSON. */
    JsonNode json(String pathAndQuery) throws IOException, InterruptedException {
        HttpResponse<String> r = get(pathAndQuery);
        if (r.statusCode() != 200) throw new AssertionError("GET " + pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
        return JSON.readTree(r.body());
    }

    /** The number ?n a SPARQL SELECT over /sparql answers (the cm: and rdfs: prefixes are declared). */
    long count(String select) throws IOException, InterruptedException {
        HttpResponse<String> r = send(request("/sparql?query=" + enc(PREFIXES + select))
                .header("Accept", "application/sparql-results+json").GET().build());
        if (r.statusCode() != 200) throw new AssertionError("SPARQL answered " + r.statusCode() + ": " + r.body());
        return JSON.readTree(r.body()).path("results").path("bindings").path(0).path("n").path("value").asLong(-1);
    }

    /** Statements in the store whose IRI carries the map's marker. */
    long statementsOf(SyntheticMap map) throws IOException, InterruptedException {
        return count("SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a cm:Statement FILTER(STRSTARTS(STR(?s), \"" + map.idPrefix() + "\")) }");
    }

    /** Triples in one named graph. */
    long triplesIn(String graph) throws IOException, InterruptedException {
        return count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + graph + "> { ?s ?p ?o } }");
    }

    /** The total of /api/search for one word. */
    long searchTotal(String word) throws IOException, InterruptedException {
        return json("/api/search?limit=1&q=" + enc(word)).path("total").asLong(-1);
    }

    static String enc(String s) { return URLEncoder.encode(s, StandardCharsets.UTF_8); }
}
