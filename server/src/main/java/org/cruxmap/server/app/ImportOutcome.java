package org.cruxmap.server.app;

import java.util.List;
import org.cruxmap.ingest.Diagnostic;

/** What became of one imported file: the graph it went into, how many triples, every diagnostic. */
public record ImportOutcome(String fileName, String graphIri, long triples, boolean written, List<Diagnostic> diagnostics) {

    /** True when the file had errors and nothing of it landed. */
    public boolean failed() { return !written && diagnostics.stream().anyMatch(Diagnostic::isError); }
}
