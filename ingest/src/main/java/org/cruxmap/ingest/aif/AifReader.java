package org.cruxmap.ingest.aif;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.cruxmap.ingest.Diagnostic;
import org.cruxmap.ingest.FormatReader;
import org.cruxmap.ingest.ReadContext;
import org.cruxmap.ingest.ReadResult;
import org.cruxmap.ingest.text.DecodedText;
import org.cruxmap.ingest.text.Utf8;

/**
 * Reads AIF JSON (AIFdb, OVA, AraucariaDB exports) into the Cruxmap vocabulary: UTF-8, then JSON
 * with positions, then the AIF structure, then the mapping ({@link AifMapper}). Node IRIs are
 * {@code {base}aif/{file-slug}/{nodeID}}. Any error leaves the model empty, so nothing of a broken
 * file lands.
 */
public final class AifReader implements FormatReader {

    @Override
    public ReadResult read(byte[] bytes, ReadContext context) {
        String file = context.fileName();
        List<Diagnostic> diagnostics = new ArrayList<>();
        DecodedText decoded = Utf8.decode(bytes, file);
        if (!decoded.ok()) return failed(diagnostics, decoded.error().orElseThrow());
        JsonValue root;
        try {
            root = JsonParser.parse(decoded.text());
        } catch (JsonParser.JsonSyntaxError e) {
            return failed(diagnostics, Diagnostic.error("json-syntax", file, e.line(), e.column(), "invalid JSON: " + e.getMessage()));
        }
        AifDocument doc = new AifParser(file, diagnostics).parse(root);
        if (doc == null) return new ReadResult(ModelFactory.createDefaultModel(), diagnostics);
        Model model = new AifMapper(AifIris.of(context.base(), file), file, diagnostics).map(doc);
        boolean errors = diagnostics.stream().anyMatch(Diagnostic::isError);
        return new ReadResult(errors ? ModelFactory.createDefaultModel() : model, diagnostics);
    }

    private static ReadResult failed(List<Diagnostic> diagnostics, Diagnostic error) {
        diagnostics.add(error);
        return new ReadResult(ModelFactory.createDefaultModel(), diagnostics);
    }
}
