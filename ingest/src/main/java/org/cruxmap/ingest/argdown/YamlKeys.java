package org.cruxmap.ingest.argdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.cruxmap.ontology.CM;

/**
 * The Cruxmap YAML keys of one statement or argument: sources, quotes resolved against source texts,
 * holders and rejecters, crux assertions, evidence and response links, and unknown keys kept as JSON.
 */
final class YamlKeys {
    private final RdfMapping mapping;
    private final Model model;
    private final Resource node;
    private final Map<String, Object> data;
    private final int line;

    YamlKeys(RdfMapping mapping, Model model, Resource node, Map<String, Object> data, int line) {
        this.mapping = mapping;
        this.model = model;
        this.node = node;
        this.data = data;
        this.line = line;
    }

    /** Adds what the keys say; {@code statement} is false for arguments, which hold no people. */
    void map(boolean statement) {
        List<String> sources = strings(data.get("source"));
        for (String s : sources) node.addProperty(CM.source, mapping.sourceOf(s));
        quotes(sources);
        if (statement) {
            for (String h : strings(data.get("holder"))) node.addProperty(CM.heldBy, mapping.personOf(h));
            for (String h : strings(data.get("rejectedBy"))) node.addProperty(CM.rejectedBy, mapping.personOf(h));
        }
        cruxFor();
        link("evidenceFor", CM.isEvidenceFor);
        link("evidenceAgainst", CM.isEvidenceAgainst);
        link("respondsTo", CM.respondsTo);
        link("rephrases", CM.rephrases);
        String json = RdfMapping.unknownKeysJson(data);
        if (json != null) node.addProperty(CM.data, model.createTypedLiteral(json, RdfMapping.JSON));
    }

    private void quotes(List<String> sources) {
        List<String> quotes = strings(data.get("quote"));
        if (quotes.isEmpty()) return;
        if (sources.size() != 1) {
            mapping.error(line, "quote-source", "a quote needs exactly one source on its statement (found " + sources.size() + ")");
            return;
        }
        Resource source = mapping.sourceOf(sources.get(0));
        String sourceSlug = source.getURI().substring(source.getURI().lastIndexOf('/') + 1);
        Optional<String> text = mapping.context().texts().fullText(source.getURI());
        if (text.isEmpty()) {
            mapping.error(line, "quote-no-text", "the quote's source '" + sources.get(0) + "' has no known full text");
            return;
        }
        for (String exact : quotes) {
            QuoteResolver.Outcome outcome = QuoteResolver.resolve(text.get(), exact);
            if (outcome.span() == null) {
                mapping.error(line, "quote-not-found", outcome.problem() + " ('" + shorten(exact) + "' in " + sources.get(0) + ")");
                continue;
            }
            QuoteResolver.Span span = outcome.span();
            Resource q = model.createResource(mapping.base() + "quote/" + sourceSlug + "/" + span.start() + "-" + span.end());
            q.addProperty(RDF.type, CM.Quote).addProperty(CM.exact, exact).addProperty(CM.source, source)
                    .addLiteral(CM.start, model.createTypedLiteral(java.math.BigInteger.valueOf(span.start())))
                    .addLiteral(CM.end, model.createTypedLiteral(java.math.BigInteger.valueOf(span.end())))
                    .addProperty(CM.prefix, span.prefix()).addProperty(CM.suffix, span.suffix());
            node.addProperty(CM.quote, q);
        }
    }

    private void cruxFor() {
        for (Object entry : RdfMapping.list(data.get("cruxFor"))) {
            String title;
            String agent = null;
            boolean isCrux = true;
            List<String> sources = List.of();
            if (entry instanceof Map<?, ?> m) {
                Object st = m.get("statement");
                if (st == null) {
                    mapping.error(line, "crux-for", "a cruxFor entry needs a statement title");
                    continue;
                }
                title = String.valueOf(st);
                agent = m.get("agent") == null ? null : String.valueOf(m.get("agent"));
                Object crux = m.get("crux");
                if (crux instanceof Boolean b) isCrux = b;
                else if (crux != null) mapping.error(line, "crux-for", "cruxFor's crux must be true or false, not '" + crux + "'");
                sources = strings(m.get("source"));
            } else if (entry != null) {
                title = String.valueOf(entry);
            } else {
                continue;
            }
            Resource target = mapping.titledOf(title);
            String slug = node.getURI().substring(node.getURI().lastIndexOf('/') + 1) + "--"
                    + target.getURI().substring(target.getURI().lastIndexOf('/') + 1) + "--" + Slug.of(agent == null ? "anyone" : agent);
            Resource a = model.createResource(mapping.base() + "crux-assertion/" + slug);
            a.addProperty(RDF.type, CM.CruxAssertion).addProperty(CM.crux, node).addProperty(CM.cruxFor, target)
                    .addLiteral(CM.isCrux, model.createTypedLiteral(isCrux));
            if (agent != null) a.addProperty(CM.agent, mapping.personOf(agent));
            for (String s : sources) a.addProperty(CM.source, mapping.sourceOf(s));
            if (isCrux) node.addProperty(CM.isCruxFor, target);
        }
    }

    private void link(String key, Property kind) {
        for (String title : strings(data.get(key))) mapping.addRelation(node, kind, mapping.titledOf(title), data);
    }

    /** A YAML value as a list of strings (a scalar is a list of one). */
    static List<String> strings(Object v) {
        List<String> out = new ArrayList<>();
        for (Object o : RdfMapping.list(v)) if (o != null && !(o instanceof Map)) out.add(String.valueOf(o));
        return out;
    }

    private static String shorten(String s) { return s.length() <= 60 ? s : s.substring(0, 57) + "..."; }
}
