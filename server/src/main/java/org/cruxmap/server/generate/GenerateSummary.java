package org.cruxmap.server.generate;

/** What a generation run wrote: RDF statements (triples), and the map's parts by kind. */
public record GenerateSummary(long triples, long claims, long cruxes, long evidence, long people, long sources,
                              long quotes, long relations, long cruxAssertions) {
    /** One line for the command line. */
    public String describe() {
        return String.format("%,d triples: %,d claims, %,d cruxes (%,d crux assertions), %,d evidence, %,d relations, "
                + "%,d people, %,d sources, %,d quotes", triples, claims, cruxes, cruxAssertions, evidence, relations, people, sources, quotes);
    }
}
