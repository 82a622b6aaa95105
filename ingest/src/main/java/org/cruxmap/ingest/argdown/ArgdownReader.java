package org.cruxmap.ingest.argdown;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.ModelFactory;
import org.cruxmap.ingest.Diagnostic;
import org.cruxmap.ingest.FormatReader;
import org.cruxmap.ingest.ReadContext;
import org.cruxmap.ingest.ReadResult;

/**
 * Reads an Argdown file into the Cruxmap vocabulary: the reference reader's statements, arguments
 * and relations, mapped as docs/argdown-conventions.md says. Never throws for bad input.
 */
public final class ArgdownReader implements FormatReader {
    private final boolean standalone;

    /** The reader of the conventions: a node named by title alone is defined in another file. */
    public ArgdownReader() { this(false); }

    private ArgdownReader(boolean standalone) { this.standalone = standalone; }

    /**
     * A reader for self-contained Argdown files, as Argdown itself reads them: a statement or argument
     * named by title alone is defined here, with an empty text.
     */
    public static ArgdownReader standalone() { return new ArgdownReader(true); }

    @Override
    public ReadResult read(byte[] bytes, ReadContext context) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            diagnostics.add(Diagnostic.error("encoding", context.fileName(), 0, 0, "the file is not valid UTF-8"));
            return new ReadResult(ModelFactory.createDefaultModel(), diagnostics);
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        ArgdownDocument doc = ArgdownSyntax.read(text, context.fileName());
        for (ArgdownParser.SyntaxError e : doc.syntaxErrors) {
            diagnostics.add(Diagnostic.error("argdown-syntax", context.fileName(), e.token().line(), e.token().column(), e.message()));
        }
        for (ArgdownParser.SyntaxError e : doc.dataErrors) {
            diagnostics.add(Diagnostic.error("argdown-data", context.fileName(), e.token().line(), e.token().column(), e.message()));
        }
        if (doc.dataErrors.isEmpty()) {
            for (ArgdownParser.SyntaxError e : doc.modelErrors) {
                diagnostics.add(Diagnostic.error("argdown-model", context.fileName(), e.token().line(), 1, e.message()));
            }
        }
        var model = new RdfMapping(doc, context, standalone, diagnostics).map();
        return new ReadResult(model, diagnostics);
    }
}
