package org.cruxmap.ingest;

import java.util.List;
import org.apache.jena.rdf.model.Model;

/** What a reader gives back: the file as a model in the cruxmap vocabulary, and every diagnostic. */
public record ReadResult(Model model, List<Diagnostic> diagnostics) {

    public ReadResult {
        diagnostics = List.copyOf(diagnostics);
    }

    /** True when any diagnostic is an error: the file must not land. */
    public boolean hasErrors() { return diagnostics.stream().anyMatch(Diagnostic::isError); }

    /** The errors only. */
    public List<Diagnostic> errors() { return diagnostics.stream().filter(Diagnostic::isError).toList(); }
}
