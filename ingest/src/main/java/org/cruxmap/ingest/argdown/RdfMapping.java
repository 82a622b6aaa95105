package org.cruxmap.ingest.argdown;

import com.google.gson.Gson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cruxmap.ingest.Diagnostic;
import org.cruxmap.ingest.ReadContext;
import org.cruxmap.ingest.Severity;
import org.cruxmap.ontology.CM;

/** Maps an Argdown document to the Cruxmap vocabulary, following docs/argdown-conventions.md. */
final class RdfMapping {
    static final Set<String> KNOWN_KEYS = Set.of("type", "status", "source", "quote", "holder", "rejectedBy", "cruxFor",
            "evidenceFor", "evidenceAgainst", "respondsTo", "rephrases");
    private static final int LABEL_LENGTH = 80;

    private final ArgdownDocument doc;
    private final ReadContext context;
    private final boolean standalone;
    private final String fileSlug;
    private final Model model = ModelFactory.createDefaultModel();
    private final List<Diagnostic> diagnostics;

    RdfMapping(ArgdownDocument doc, ReadContext context, boolean standalone, List<Diagnostic> diagnostics) {
        this.doc = doc;
        this.context = context;
        this.standalone = standalone;
        String name = context.fileName().replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        this.fileSlug = Slug.of(dot > 0 ? name.substring(0, dot) : name);
        this.diagnostics = diagnostics;
    }

    Model map() {
        model.setNsPrefix("cm", CM.NS);
        model.setNsPrefix("id", context.base());
        model.setNsPrefix("rdfs", RDFS.getURI());
        for (StatementClass s : doc.statements.values()) mapStatement(s);
        for (ArgumentNode a : doc.arguments.values()) mapArgument(a);
        for (Relation r : doc.relations) mapRelation(r);
        return model;
    }

    // ------------------------------------------------------------------ identity

    private String slugOf(String title) {
        return doc.generatedTitles.contains(title) ? fileSlug + "-" + Slug.of(title) : Slug.of(title);
    }

    Resource statement(String title) { return model.createResource(context.base() + "statement/" + slugOf(title)); }

    Resource argument(String title) { return model.createResource(context.base() + "argument/" + slugOf(title)); }

    private Resource person(String id) { return model.createResource(context.base() + "person/" + Slug.of(id)); }

    private Resource source(String id) { return model.createResource(context.base() + "source/" + Slug.of(id)); }

    private Resource node(RelationEnd end) {
        if (end instanceof StatementClass s) return statement(s.title);
        if (end instanceof ArgumentNode a) return argument(a.title);
        Inference i = (Inference) end;
        return argument(i.argumentTitle);
    }

    /** A title in a YAML key: {@code <Title>} names an argument, anything else a statement. */
    private Resource titled(String title) {
        String t = title.strip();
        if (t.startsWith("<") && t.endsWith(">")) return argument(t.substring(1, t.length() - 1));
        if (t.startsWith("[") && t.endsWith("]")) t = t.substring(1, t.length() - 1);
        return statement(t);
    }

    private String slugOfNode(Resource r) {
        String uri = r.getURI();
        return uri.substring(uri.lastIndexOf('/') + 1);
    }

    // ------------------------------------------------------------------ statements

    private boolean isDefined(StatementClass s) {
        if (standalone) return true;
        boolean text = !s.text().isEmpty();
        boolean classTag = s.tags.contains("crux") || s.tags.contains("evidence");
        boolean inPcs = s.members.stream().anyMatch(m -> m.role == Role.PREMISE || m.role == Role.INTERMEDIARY_CONCLUSION
                || m.role == Role.MAIN_CONCLUSION);
        return text || classTag || s.data != null || inPcs;
    }

    private String lastText(List<Member> members) {
        String text = "";
        for (Member m : members) {
            String t = m.textWithoutTags();
            if (!t.isEmpty()) text = t;
        }
        return text;
    }

    private void mapStatement(StatementClass s) {
        if (!isDefined(s)) return;
        Resource r = statement(s.title);
        Map<String, Object> data = s.data == null ? Map.of() : s.data;
        int line = s.line();
        r.addProperty(RDF.type, CM.Statement);
        r.addProperty(RDF.type, statementClass(s.tags, data.get("type"), line));
        String text = lastText(s.members);
        String label = doc.generatedTitles.contains(s.title) ? cut(text.isEmpty() ? s.title : text) : s.title;
        r.addProperty(RDFS.label, label);
        if (!text.isEmpty()) r.addProperty(CM.text, text);
        r.addProperty(CM.status, status(data.get("status"), line));
        for (String tag : s.tags) {
            if (!tag.equals("crux") && !tag.equals("evidence")) r.addProperty(CM.tag, tag);
        }
        if (s.section != null) r.addProperty(CM.section, s.section.path());
        new YamlKeys(this, model, r, data, line).map(true);
    }

    private Resource statementClass(Set<String> tags, Object type, int line) {
        if (type != null) {
            switch (String.valueOf(type).toLowerCase(Locale.ROOT)) {
                case "crux": return CM.Crux;
                case "evidence": return CM.Evidence;
                case "claim": return CM.Claim;
                default: problem(line, "argdown-type", "unknown type '" + type + "' (claim, crux or evidence); read as claim");
            }
        }
        if (tags.contains("crux")) return CM.Crux;
        if (tags.contains("evidence")) return CM.Evidence;
        return CM.Claim;
    }

    Resource status(Object value, int line) {
        if (value == null) return CM.unverified;
        switch (String.valueOf(value).toLowerCase(Locale.ROOT)) {
            case "verified": return CM.verified;
            case "secondary": return CM.secondary;
            case "unverified": return CM.unverified;
            default:
                diagnostics.add(Diagnostic.error("argdown-status", context.fileName(), line, 1,
                        "unknown status '" + value + "' (verified, secondary or unverified)"));
                return CM.unverified;
        }
    }

    private static String cut(String text) {
        if (text.codePointCount(0, text.length()) <= LABEL_LENGTH) return text;
        return text.substring(0, text.offsetByCodePoints(0, LABEL_LENGTH - 1)) + "…";
    }

    // ------------------------------------------------------------------ arguments

    private boolean isDefined(ArgumentNode a) {
        return standalone || !a.description().isEmpty() || a.data != null || a.isReconstructed();
    }

    private void mapArgument(ArgumentNode a) {
        if (!isDefined(a)) return;
        Resource r = argument(a.title);
        Map<String, Object> data = a.data == null ? Map.of() : a.data;
        r.addProperty(RDF.type, CM.Argument);
        String description = lastText(a.members);
        String label = doc.generatedTitles.contains(a.title) ? cut(description.isEmpty() ? a.title : description) : a.title;
        r.addProperty(RDFS.label, label);
        if (!description.isEmpty()) r.addProperty(CM.text, description);
        if (data.containsKey("status")) r.addProperty(CM.status, status(data.get("status"), a.line));
        for (String tag : a.tags) r.addProperty(CM.tag, tag);
        if (a.section != null) r.addProperty(CM.section, a.section.path());
        boolean complete = a.pcs.stream().anyMatch(m -> m.role == Role.MAIN_CONCLUSION);
        if (a.isReconstructed() && complete) {
            for (Member m : a.pcs) {
                Resource st = statement(m.title);
                if (m.role == Role.MAIN_CONCLUSION) r.addProperty(CM.conclusion, st);
                else r.addProperty(CM.premise, st);
                if (m.inference != null) for (String rule : m.inference.rules) if (!rule.isEmpty()) r.addProperty(CM.inferenceRule, rule);
            }
        } else {
            for (Member m : a.pcs) r.addProperty(CM.premise, statement(m.title));
            mapGist(a, r, description, data);
        }
        new YamlKeys(this, model, r, data, a.line).map(false);
    }

    private void mapGist(ArgumentNode a, Resource r, String description, Map<String, Object> data) {
        Resource gist = model.createResource(context.base() + "statement/" + slugOf(a.title) + "--gist");
        gist.addProperty(RDF.type, CM.Statement).addProperty(RDF.type, CM.Claim)
                .addProperty(RDFS.label, "Gist of <" + a.title + ">")
                .addProperty(CM.status, status(data.get("status"), a.line));
        if (!description.isEmpty()) gist.addProperty(CM.text, description);
        r.addProperty(CM.premise, gist);
        boolean concludes = false;
        for (Relation rel : a.relations) {
            if (rel.from == a && rel.type == RelationType.SUPPORT && rel.to instanceof StatementClass s) {
                r.addProperty(CM.conclusion, statement(s.title));
                concludes = true;
            }
        }
        if (!concludes) {
            r.addProperty(CM.conclusion, gist);
            diagnostics.add(new Diagnostic(Severity.INFO, "argument-unreconstructed", context.fileName(), a.line, 1,
                    "argument <" + a.title + "> has no premise-conclusion structure and supports no statement: "
                            + "its gist stands as its premise and conclusion"));
        }
    }

    // ------------------------------------------------------------------ relations

    private static Property property(RelationType t) {
        return switch (t) {
            case SUPPORT -> CM.supports;
            case ATTACK -> CM.attacks;
            case UNDERCUT -> CM.undercuts;
            case ENTAILS -> CM.entails;
            case CONTRARY -> CM.contrary;
            case CONTRADICTORY -> CM.contradicts;
        };
    }

    private void mapRelation(Relation rel) {
        Resource from = node(rel.from);
        Resource to = node(rel.to);
        Map<String, Object> fromData = rel.from instanceof StatementClass s ? s.data
                : rel.from instanceof ArgumentNode a ? a.data : null;
        addRelation(from, property(rel.type), to, fromData);
    }

    /** The plain triple and its cm:Relation resource, asserted by the from node's holders, from its sources. */
    void addRelation(Resource from, Property kind, Resource to, Map<String, Object> fromData) {
        from.addProperty(kind, to);
        Resource rel = model.createResource(context.base() + "relation/" + slugOfNode(from) + "--" + kind.getLocalName()
                + "--" + slugOfNode(to));
        rel.addProperty(RDF.type, CM.Relation).addProperty(CM.from, from).addProperty(CM.kind, kind).addProperty(CM.to, to);
        if (fromData != null) {
            for (String h : YamlKeys.strings(fromData.get("holder"))) rel.addProperty(CM.assertedBy, person(h));
            for (String src : YamlKeys.strings(fromData.get("source"))) rel.addProperty(CM.source, source(src));
        }
    }

    // ------------------------------------------------------------------ used by YamlKeys

    Resource personOf(String id) { return person(id); }

    Resource sourceOf(String id) { return source(id); }

    Resource titledOf(String title) { return titled(title); }

    String base() { return context.base(); }

    ReadContext context() { return context; }

    void problem(int line, String code, String message) {
        diagnostics.add(Diagnostic.warning(code, context.fileName(), line, 1, message));
    }

    void error(int line, String code, String message) {
        diagnostics.add(Diagnostic.error(code, context.fileName(), line, 1, message));
    }

    /** The unknown keys of a data map as a JSON object, or null when there are none. */
    static String unknownKeysJson(Map<String, Object> data) {
        Map<String, Object> unknown = new LinkedHashMap<>();
        data.forEach((k, v) -> { if (!KNOWN_KEYS.contains(k)) unknown.put(k, v); });
        return unknown.isEmpty() ? null : new Gson().toJson(unknown);
    }

    static List<Object> list(Object v) {
        if (v == null) return List.of();
        if (v instanceof List<?> l) return new ArrayList<>(l);
        return List.of(v);
    }

    static final org.apache.jena.datatypes.RDFDatatype JSON = org.apache.jena.datatypes.TypeMapper.getInstance()
            .getSafeTypeByName(RDF.getURI() + "JSON");

    static final XSDDatatype BOOLEAN = XSDDatatype.XSDboolean;
}
