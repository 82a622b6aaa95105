package org.cruxmap.ingest.argdown;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.reflect.TypeToken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cruxmap.ontology.CM;

/**
 * Writes a model in the Cruxmap vocabulary as Argdown that {@link ArgdownReader} reads back to the
 * same statements, arguments and relations: one paragraph per statement and argument under its
 * section's headings, Cruxmap YAML keys as inline data, relations indented under their source,
 * premise-conclusion structures after their argument. Statement-to-statement entailment and
 * contrariety have no loose-mode Argdown syntax and are not written; untitled statements are given
 * their id as title.
 */
public final class ArgdownWriter {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();
    private static final Map<Property, String> SYMBOLS = new LinkedHashMap<>();

    static {
        SYMBOLS.put(CM.supports, "+>");
        SYMBOLS.put(CM.attacks, "->");
        SYMBOLS.put(CM.undercuts, "_>");
        SYMBOLS.put(CM.contradicts, "><");
    }

    private final Model model;
    private final StringBuilder out = new StringBuilder();
    private final Map<Property, String> symbols = new LinkedHashMap<>(SYMBOLS);

    private ArgdownWriter(Model model) { this.model = model; }

    /** The model as Argdown text. */
    public static String write(Model model) {
        ArgdownWriter w = new ArgdownWriter(model);
        w.writeAll();
        return w.out.toString();
    }

    private void writeAll() {
        if (needsStrictMode()) {
            out.append("===\nmodel:\n  mode: strict\n===\n\n");
            symbols.put(CM.entails, "+>");
            symbols.put(CM.contrary, "->");
        }
        Map<String, List<Resource>> bySection = new TreeMap<>();
        List<Resource> nodes = new ArrayList<>();
        model.listSubjectsWithProperty(RDF.type, CM.Statement).forEach(r -> { if (!isGist(r)) nodes.add(r); });
        model.listSubjectsWithProperty(RDF.type, CM.Argument).forEach(nodes::add);
        nodes.sort(Comparator.comparing(Resource::getURI));
        for (Resource r : nodes) {
            Statement s = r.getProperty(CM.section);
            bySection.computeIfAbsent(s == null ? "" : s.getString(), k -> new ArrayList<>()).add(r);
        }
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, List<Resource>> e : bySection.entrySet()) {
            writeHeadings(e.getKey(), written);
            for (Resource r : e.getValue()) {
                if (r.hasProperty(RDF.type, CM.Argument)) writeArgument(r);
                else writeStatement(r);
            }
        }
    }

    /**
     * Entailment and contrariety between statements are what Argdown's strict mode makes of support
     * and attack between statements: usable when the model has no plain statement support or attack.
     */
    private boolean needsStrictMode() {
        boolean strictKinds = model.contains(null, CM.entails, (RDFNode) null) || model.contains(null, CM.contrary, (RDFNode) null);
        if (!strictKinds) return false;
        for (Property p : List.of(CM.supports, CM.attacks)) {
            for (Statement s : model.listStatements(null, p, (RDFNode) null).toList()) {
                if (s.getObject().isURIResource() && s.getSubject().getURI().contains("/statement/")
                        && s.getResource().getURI().contains("/statement/")) return false;
            }
        }
        return true;
    }

    private void writeHeadings(String path, List<String> written) {
        if (path.isEmpty()) return;
        String[] parts = path.split(" > ");
        for (int i = 0; i < parts.length; i++) {
            String prefix = String.join(" > ", java.util.Arrays.copyOf(parts, i + 1));
            if (written.contains(prefix)) continue;
            written.add(prefix);
            out.append("#".repeat(i + 1)).append(' ').append(escape(parts[i])).append("\n\n");
        }
    }

    private boolean isGist(Resource r) { return r.getURI() != null && r.getURI().endsWith("--gist"); }

    private static String localName(Resource r) { return r.getURI().substring(r.getURI().lastIndexOf('/') + 1); }

    /** The title that reads back to this node's IRI: its label when the label's slug is the IRI's, else its id. */
    private String title(Resource r) {
        Statement label = r.getProperty(RDFS.label);
        String local = localName(r);
        if (label != null && Slug.of(label.getString()).equals(local) && label.getString().indexOf(']') < 0
                && label.getString().indexOf('>') < 0 && label.getString().indexOf('\n') < 0) {
            return label.getString();
        }
        return local;
    }

    private String ref(Resource r) {
        boolean argument = r.getURI().contains("/argument/");
        return argument ? "<" + title(r) + ">" : "[" + title(r) + "]";
    }

    private void writeStatement(Resource r) {
        String text = text(r);
        out.append('[').append(title(r)).append(text == null ? "]" : "]: " + text);
        tags(r);
        data(r, true, text == null);
        out.append('\n');
        relations(r);
        out.append('\n');
    }

    private void writeArgument(Resource r) {
        String text = text(r);
        out.append('<').append(title(r)).append(text == null ? ">" : ">: " + text);
        tags(r);
        data(r, false, text == null);
        out.append('\n');
        relations(r);
        out.append('\n');
        List<Resource> premises = objects(r, CM.premise);
        List<Resource> conclusions = objects(r, CM.conclusion);
        boolean gistOnly = premises.stream().allMatch(this::isGist);
        if (gistOnly || conclusions.size() != 1) return;
        int n = 1;
        for (Resource p : premises) out.append('(').append(n++).append(") ").append(ref(p)).append('\n');
        List<String> rules = new ArrayList<>();
        r.listProperties(CM.inferenceRule).forEach(s -> rules.add(s.getString()));
        rules.sort(null);
        if (rules.isEmpty()) out.append("----\n");
        else out.append("-- ").append(escape(String.join(", ", rules)).replace("\\,", ",")).append(" --\n");
        out.append('(').append(n).append(") ").append(ref(conclusions.get(0))).append("\n\n");
    }

    private String text(Resource r) {
        Statement t = r.getProperty(CM.text);
        return t == null ? null : escape(t.getString().replaceAll("\\s+", " ").trim());
    }

    private void tags(Resource r) {
        if (r.hasProperty(RDF.type, CM.Crux)) out.append(" #crux");
        if (r.hasProperty(RDF.type, CM.Evidence)) out.append(" #evidence");
        List<String> tags = new ArrayList<>();
        r.listProperties(CM.tag).forEach(s -> tags.add(s.getString()));
        tags.sort(null);
        for (String tag : tags) {
            boolean simple = tag.matches("[a-zA-Z0-9\\-\\u00A0-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFEF]+");
            out.append(" #").append(simple ? tag : "(" + tag.replace(")", "") + ")");
        }
    }

    private void data(Resource r, boolean statement, boolean always) {
        Map<String, Object> data = new LinkedHashMap<>();
        Statement json = r.getProperty(CM.data);
        if (json != null) {
            Map<String, Object> unknown = GSON.fromJson(json.getString(), new TypeToken<Map<String, Object>>() {}.getType());
            if (unknown != null) data.putAll(unknown);
        }
        Statement status = r.getProperty(CM.status);
        if (status != null && !(statement && status.getResource().equals(CM.unverified))) {
            data.put("status", status.getResource().getLocalName());
        }
        if (statement) {
            put(data, "holder", ids(objects(r, CM.heldBy)));
            put(data, "rejectedBy", ids(objects(r, CM.rejectedBy)));
        } else {
            for (Resource p : objects(r, CM.premise)) {
                Statement s = isGist(p) ? p.getProperty(CM.status) : null;
                if (s != null && !s.getResource().equals(CM.unverified) && status == null) data.put("status", s.getResource().getLocalName());
            }
        }
        put(data, "source", ids(objects(r, CM.source)));
        List<String> quotes = new ArrayList<>();
        for (Resource q : objects(r, CM.quote)) {
            Statement exact = q.getProperty(CM.exact);
            if (exact != null) quotes.add(exact.getString());
        }
        put(data, "quote", quotes);
        List<Object> cruxFor = new ArrayList<>();
        model.listSubjectsWithProperty(CM.crux, r).forEach(a -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            Resource target = a.getPropertyResourceValue(CM.cruxFor);
            if (target == null) return;
            entry.put("statement", target.getURI().contains("/argument/") ? ref(target) : title(target));
            Resource agent = a.getPropertyResourceValue(CM.agent);
            if (agent != null) entry.put("agent", localName(agent));
            Statement isCrux = a.getProperty(CM.isCrux);
            if (isCrux != null && !isCrux.getBoolean()) entry.put("crux", false);
            List<String> sources = ids(objects(a, CM.source));
            if (!sources.isEmpty()) entry.put("source", sources.size() == 1 ? sources.get(0) : sources);
            cruxFor.add(entry);
        });
        cruxFor.sort(Comparator.comparing(Object::toString));
        if (!cruxFor.isEmpty()) data.put("cruxFor", cruxFor);
        put(data, "evidenceFor", titles(objects(r, CM.isEvidenceFor)));
        put(data, "evidenceAgainst", titles(objects(r, CM.isEvidenceAgainst)));
        put(data, "respondsTo", titles(objects(r, CM.respondsTo)));
        put(data, "rephrases", titles(objects(r, CM.rephrases)));
        if (!data.isEmpty() || always) out.append(' ').append(GSON.toJson(data));
    }

    private void relations(Resource r) {
        for (Map.Entry<Property, String> e : symbols.entrySet()) {
            for (Resource to : objects(r, e.getKey())) out.append("  ").append(e.getValue()).append(' ').append(ref(to)).append('\n');
        }
    }

    private static void put(Map<String, Object> data, String key, List<String> values) {
        if (values.size() == 1) data.put(key, values.get(0));
        else if (values.size() > 1) data.put(key, values);
    }

    private List<String> titles(List<Resource> nodes) {
        List<String> out = new ArrayList<>();
        for (Resource n : nodes) out.add(n.getURI().contains("/argument/") ? ref(n) : title(n));
        return out;
    }

    private static List<String> ids(List<Resource> nodes) { return nodes.stream().map(ArgdownWriter::localName).toList(); }

    private List<Resource> objects(Resource r, Property p) {
        List<Resource> out = new ArrayList<>();
        r.listProperties(p).forEach(s -> {
            RDFNode o = s.getObject();
            if (o.isURIResource()) out.add(o.asResource());
        });
        out.sort(Comparator.comparing(Resource::getURI));
        return out;
    }

    /** Escapes every character that Argdown would read as markup. */
    static String escape(String text) {
        StringBuilder b = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("\\@#*_[]<>{}/.:=".indexOf(c) >= 0) b.append('\\');
            b.append(c);
        }
        return b.toString();
    }
}
