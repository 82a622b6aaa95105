package org.cruxmap.server.app;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Statement;
import org.cruxmap.ingest.SourceTexts;
import org.cruxmap.ontology.CM;
import org.cruxmap.server.store.Store;

/** Source texts for quote resolution: those of the current batch first, then those in the store. */
final class StoreSourceTexts implements SourceTexts {
    private final Store store;
    private final Map<String, String> batch = new HashMap<>();

    StoreSourceTexts(Store store) { this.store = store; }

    /** Remembers the full texts a just-read model carries, for files later in the same batch. */
    void remember(Model model) {
        model.listStatements(null, CM.fullText, (org.apache.jena.rdf.model.RDFNode) null)
                .forEachRemaining(s -> batch.put(s.getSubject().getURI(), s.getString()));
    }

    @Override
    public Optional<String> fullText(String sourceIri) {
        String inBatch = batch.get(sourceIri);
        if (inBatch != null) return Optional.of(inBatch);
        return store.read(ds -> {
            Statement s = ds.getUnionModel().getResource(sourceIri).getProperty(CM.fullText);
            return Optional.ofNullable(s == null ? null : s.getString());
        });
    }
}
