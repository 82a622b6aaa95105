package org.cruxmap.ingest.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cruxmap.ingest.Diagnostic;
import org.cruxmap.ingest.FormatReader;
import org.cruxmap.ingest.ReadContext;
import org.cruxmap.ingest.ReadResult;
import org.cruxmap.ingest.Severity;
import org.cruxmap.ontology.CM;

/**
 * Reads a source document ({@code .txt}, {@code .md}) into a {@code cm:Source} with its full text.
 *
 * <p>The source's IRI is {@code {base}source/{slug of the file name without extension}}, so
 * {@code texts/seed-comment.txt} fills {@code source/seed-comment}, whose metadata (authors, date,
 * status) comes from the corpus's Turtle. The reader therefore writes only what the text itself
 * says: {@code cm:fullText}, and a {@code cm:title} and {@code rdfs:label} (the first heading of a
 * Markdown file, else the file name) because every source needs a title. It writes no
 * {@code cm:status}: that is the metadata's to say, and a second status would contradict it.
 * Whole paragraphs repeated verbatim are stored once, each repeat a warning at its line.
 */
public final class TextReader implements FormatReader {
    private static final Pattern ATX = Pattern.compile("^ {0,3}#{1,6}[ \\t]+(.+?)(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)[ \\t]*$");

    @Override
    public ReadResult read(byte[] bytes, ReadContext context) {
        String file = context.fileName();
        List<Diagnostic> diagnostics = new ArrayList<>();
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("cm", CM.NS);
        DecodedText decoded = Utf8.decode(bytes, file);
        if (!decoded.ok()) {
            diagnostics.add(decoded.error().orElseThrow());
            return new ReadResult(model, diagnostics);
        }
        RepeatedParagraphs.Result deduped = RepeatedParagraphs.dedupe(decoded.text());
        for (RepeatedParagraphs.Repeat r : deduped.repeats()) {
            String what = r.lineCount() == 1 ? "paragraph" : "paragraph of " + r.lineCount() + " lines";
            diagnostics.add(Diagnostic.warning("repeated-paragraph", file, r.line(), 1,
                    what + " repeats the one at line " + r.firstLine() + " verbatim; it is stored once"));
        }
        String text = deduped.text();
        if (text.isBlank()) {
            diagnostics.add(Diagnostic.warning("empty-text", file, 1, 1, "the source text is empty"));
        }
        String name = Slug.baseName(file);
        String title = isMarkdown(file) ? firstHeading(text).orElse(name) : name;
        Resource source = model.createResource(context.base() + "source/" + Slug.of(name));
        source.addProperty(RDF.type, CM.Source)
                .addProperty(CM.title, title)
                .addProperty(RDFS.label, title)
                .addProperty(CM.fullText, text);
        if (!deduped.repeats().isEmpty()) {
            diagnostics.add(new Diagnostic(Severity.INFO, "text-stored", file, 0, 0,
                    deduped.repeats().size() + " repeated paragraph(s) left out of the stored text; quote offsets refer to the stored text"));
        }
        return new ReadResult(model, diagnostics);
    }

    private static boolean isMarkdown(String file) {
        String f = file.toLowerCase(Locale.ROOT);
        return f.endsWith(".md") || f.endsWith(".markdown");
    }

    /** The text of the first ATX ({@code # Title}) or setext ({@code Title} over {@code ===}) heading. */
    static java.util.Optional<String> firstHeading(String text) {
        String[] lines = text.split("\n", -1);
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.stripLeading().startsWith("```") || line.stripLeading().startsWith("~~~")) inFence = !inFence;
            if (inFence) continue;
            Matcher atx = ATX.matcher(line);
            if (atx.matches()) return java.util.Optional.of(atx.group(1).strip());
            if (i + 1 < lines.length && !line.isBlank() && SETEXT.matcher(lines[i + 1]).matches()
                    && !line.stripLeading().startsWith("-") && !line.stripLeading().startsWith("```")) {
                return java.util.Optional.of(line.strip());
            }
        }
        return java.util.Optional.empty();
    }
}
