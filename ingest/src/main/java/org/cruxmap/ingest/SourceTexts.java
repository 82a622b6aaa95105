package org.cruxmap.ingest;

import java.util.Map;
import java.util.Optional;

/**
 * Looks up the full text of a source by its IRI, so a reader can resolve quotes to offsets
 * without touching a store: the caller supplies texts from the same import batch or the store.
 */
@FunctionalInterface
public interface SourceTexts {
    /** The ingested full text of the source, if known. */
    Optional<String> fullText(String sourceIri);

    /** No texts known. */
    static SourceTexts none() { return iri -> Optional.empty(); }

    /** Texts from a map keyed by source IRI. */
    static SourceTexts of(Map<String, String> texts) { return iri -> Optional.ofNullable(texts.get(iri)); }
}
