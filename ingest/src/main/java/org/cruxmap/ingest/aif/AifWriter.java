package org.cruxmap.ingest.aif;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * Writes a model in the Cruxmap vocabulary as AIF JSON, the inverse of {@link AifReader}:
 * statements become I-nodes, arguments RA-nodes, described attacks, rephrasings and preferences
 * the CA, MA and PA nodes they came from (by the node ID kept in {@code cm:data}), locutions
 * L-nodes with {@code locutions} and {@code participants}, expressions YA and transitions TA.
 * Relations no argument or S-node accounts for get an S-node of their own: supports, entails and
 * evidence-for an RA; attacks, undercuts, contrariety, contradiction and evidence-against a CA.
 * {@code cm:isCruxFor} and {@code cm:respondsTo} have no AIF counterpart and are not written.
 */
public final class AifWriter {
    private static final List<Resource> STATEMENT_CLASSES = List.of(CM.Statement, CM.Claim, CM.Crux, CM.Evidence);
    private static final List<Property> RA_KINDS = List.of(CM.supports, CM.entails, CM.isEvidenceFor);
    private static final List<Property> CA_KINDS = List.of(CM.attacks, CM.undercuts, CM.contrary, CM.contradicts, CM.isEvidenceAgainst);

    private final Model m;
    private final AifNodeIds ids = new AifNodeIds();
    private final List<JsonValue> nodes = new ArrayList<>();
    private final List<JsonValue> edges = new ArrayList<>();
    private final List<JsonValue> locutions = new ArrayList<>();
    private final Map<String, String> participantByName = new TreeMap<>();
    private final Set<String> written = new HashSet<>();

    private AifWriter(Model m) { this.m = m; }

    /** The model as one AIF JSON document. */
    public static String write(Model model) { return new AifWriter(model).run(); }

    private String run() {
        List<Resource> statements = sorted(STATEMENT_CLASSES.stream()
                .flatMap(c -> m.listSubjectsWithProperty(RDF.type, c).toList().stream()).toList());
        List<Resource> arguments = sorted(m.listSubjectsWithProperty(RDF.type, CM.Argument).toList());
        List<Resource> relations = sorted(m.listSubjectsWithProperty(RDF.type, CM.Relation).toList());
        List<Resource> locs = sorted(m.listSubjectsWithProperty(RDF.type, CM.Locution).toList());
        for (Resource r : statements) ids.reserve(r);
        for (Resource r : arguments) ids.reserve(r);
        for (Resource r : relations) ids.reserve(r);
        for (Resource r : locs) ids.reserve(r);

        for (Resource s : statements) iNode(s);
        Set<String> covered = new HashSet<>();
        for (Resource a : arguments) argument(a, covered);
        sNodesFromRelations(relations, covered);
        plainRelations(covered);
        for (Resource l : locs) locution(l);

        LinkedHashMap<String, JsonValue> root = new LinkedHashMap<>();
        root.put("nodes", arr(nodes));
        root.put("edges", arr(edges));
        if (!locutions.isEmpty()) {
            root.put("locutions", arr(locutions));
            List<JsonValue> participants = new ArrayList<>();
            participantByName.forEach((name, id) -> participants.add(obj("participantID", str(id), "firstname", str(name), "surname", str(""))));
            root.put("participants", arr(participants));
        }
        return JsonWriter.write(new JsonValue.Obj(root, 0, 0));
    }

    private void iNode(Resource s) {
        if (!written.add(s.toString())) return;
        LinkedHashMap<String, JsonValue> members = AifNodeIds.data(s);
        Resource status = s.getPropertyResourceValue(CM.status);
        if (status != null && !status.equals(CM.unverified)) members.put("status", str(status.getLocalName()));
        else members.remove("status");
        node(s, "I", textOf(s), members);
    }

    private void argument(Resource a, Set<String> covered) {
        written.add(a.toString());
        LinkedHashMap<String, JsonValue> members = AifNodeIds.data(a);
        String scheme = string(a, CM.scheme);
        if (scheme != null) members.put("scheme", str(scheme));
        else members.remove("scheme");
        List<Resource> premises = sorted(m.listObjectsOfProperty(a, CM.premise).toList().stream().filter(RDFNode::isResource).map(RDFNode::asResource).toList());
        List<Resource> conclusions = sorted(m.listObjectsOfProperty(a, CM.conclusion).toList().stream().filter(RDFNode::isResource).map(RDFNode::asResource).toList());
        premises.forEach(this::iNode);
        conclusions.forEach(this::iNode);
        String label = string(a, RDFS.label);
        String conclusionLabel = conclusions.stream().min(Comparator.comparing(c -> ids.of(c).scalarText()))
                .map(c -> string(c, RDFS.label)).orElse("?");
        String text = label == null || label.equals(AifLabels.argumentLabel(scheme, conclusionLabel)) ? "RA"
                : label;
        node(a, "RA", text, members);
        for (Resource p : premises) edge(ids.of(p), ids.of(a));
        for (Resource c : conclusions) edge(ids.of(a), ids.of(c));
        for (Resource p : premises) {
            for (Resource c : conclusions) covered.add(key(p, CM.supports, c));
        }
    }

    /** CA, MA and PA nodes read from AIF come back as one node each, with all their ends. */
    private void sNodesFromRelations(List<Resource> relations, Set<String> covered) {
        Map<String, List<Resource>> byNode = new TreeMap<>();
        for (Resource r : relations) {
            Resource kind = r.getPropertyResourceValue(CM.kind);
            JsonValue id = AifNodeIds.data(r).get("nodeID");
            if (kind == null || id == null || kind.equals(CM.supports) || typeOf(kind) == null) continue;
            byNode.computeIfAbsent(JsonWriter.write(id) + " " + typeOf(kind), k -> new ArrayList<>()).add(r);
        }
        for (List<Resource> group : byNode.values()) {
            Resource first = group.get(0);
            String type = typeOf(first.getPropertyResourceValue(CM.kind));
            LinkedHashMap<String, JsonValue> members = AifNodeIds.data(first);
            JsonValue text = members.remove("text");
            JsonValue id = ids.of(first);
            Set<Resource> from = new LinkedHashSet<>();
            Set<Resource> to = new LinkedHashSet<>();
            for (Resource r : group) {
                Resource f = r.getPropertyResourceValue(CM.from);
                Resource t = r.getPropertyResourceValue(CM.to);
                Resource kind = r.getPropertyResourceValue(CM.kind);
                if (f == null || t == null) continue;
                from.add(f);
                to.add(t);
                covered.add(key(f, m.createProperty(kind.getURI()), t));
            }
            nodes.add(nodeJson(id, type, text == null ? type : text.scalarText(), members));
            for (Resource f : from) edge(end(f), id);
            for (Resource t : to) edge(id, end(t));
        }
    }

    /** Relation triples no argument or AIF S-node accounts for each get an S-node of their own. */
    private void plainRelations(Set<String> covered) {
        List<Statement> triples = new ArrayList<>();
        for (Property p : CM.RELATIONS) triples.addAll(m.listStatements(null, p, (RDFNode) null).toList());
        triples.sort(Comparator.comparing(Statement::toString));
        for (Statement t : triples) {
            if (!t.getObject().isResource()) continue;
            Resource s = t.getSubject();
            Resource o = t.getObject().asResource();
            Property p = t.getPredicate();
            if (!covered.add(key(s, p, o))) continue;
            String type = RA_KINDS.contains(p) ? "RA" : CA_KINDS.contains(p) ? "CA"
                    : p.equals(CM.rephrases) ? "MA" : p.equals(CM.preferredTo) ? "PA" : null;
            if (type == null) continue;
            if (type.equals("RA") && m.contains(s, RDF.type, CM.Argument)) {
                if (!m.contains(s, CM.conclusion, o) && !m.contains(o, RDF.type, CM.Argument)) edge(ids.of(s), end(o));
                continue;
            }
            if (type.equals("RA") && m.contains(o, RDF.type, CM.Argument)) continue;
            JsonValue id = ids.fresh();
            nodes.add(nodeJson(id, type, type, new LinkedHashMap<>()));
            edge(end(s), id);
            edge(id, end(o));
        }
    }

    private void locution(Resource l) {
        LinkedHashMap<String, JsonValue> members = AifNodeIds.data(l);
        Resource speaker = l.getPropertyResourceValue(CM.speaker);
        String said = string(l, CM.text);
        String name = speaker == null ? null : string(speaker, CM.name) != null ? string(speaker, CM.name) : string(speaker, RDFS.label);
        String label = string(l, RDFS.label);
        String text = label != null ? label : name != null && said != null ? name + " : " + said : said != null ? said : "";
        node(l, "L", text, members);
        JsonValue id = ids.of(l);
        if (name != null) {
            String person = participantByName.computeIfAbsent(name, n -> "p" + (participantByName.size() + 1));
            locutions.add(obj("nodeID", id, "personID", str(person)));
        }
        List<String> illocutions = m.listObjectsOfProperty(l, CM.illocution).toList().stream()
                .filter(RDFNode::isLiteral).map(n -> n.asLiteral().getLexicalForm()).sorted().toList();
        for (Resource s : sorted(m.listObjectsOfProperty(l, CM.expresses).toList().stream().filter(RDFNode::isResource).map(RDFNode::asResource).toList())) {
            iNode(s);
            for (String force : illocutions.isEmpty() ? List.of("YA") : illocutions) {
                JsonValue ya = ids.fresh();
                nodes.add(nodeJson(ya, "YA", force, new LinkedHashMap<>()));
                edge(id, ya);
                edge(ya, ids.of(s));
            }
        }
        for (RDFNode next : m.listObjectsOfProperty(l, CM.transitionTo).toList()) {
            if (!next.isResource()) continue;
            JsonValue ta = ids.fresh();
            nodes.add(nodeJson(ta, "TA", "TA", new LinkedHashMap<>()));
            edge(id, ta);
            edge(ta, ids.of(next.asResource()));
        }
    }

    /** The node for an end of a relation: an argument's RA, else an I-node (written when missing). */
    private JsonValue end(Resource r) {
        if (!m.contains(r, RDF.type, CM.Argument)) iNode(r);
        return ids.of(r);
    }

    private void node(Resource r, String type, String text, LinkedHashMap<String, JsonValue> members) {
        nodes.add(nodeJson(ids.of(r), type, text, members));
    }

    private static JsonValue nodeJson(JsonValue id, String type, String text, Map<String, JsonValue> members) {
        LinkedHashMap<String, JsonValue> n = new LinkedHashMap<>();
        n.put("nodeID", id);
        n.put("text", str(text));
        n.put("type", str(type));
        members.forEach((k, v) -> {
            if (!k.equals("nodeID") && !k.equals("text") && !k.equals("type")) n.put(k, v);
        });
        return new JsonValue.Obj(n, 0, 0);
    }

    private void edge(JsonValue from, JsonValue to) {
        edges.add(obj("edgeID", str("e" + (edges.size() + 1)), "fromID", from, "toID", to));
    }

    private String textOf(Resource s) {
        String text = string(s, CM.text);
        if (text != null) return text;
        String label = string(s, RDFS.label);
        return label != null ? label : s.isURIResource() ? s.getURI() : s.toString();
    }

    private static String typeOf(Resource kind) {
        if (kind.equals(CM.rephrases)) return "MA";
        if (kind.equals(CM.preferredTo)) return "PA";
        if (CA_KINDS.contains(kind)) return "CA";
        return null;
    }

    private static String string(Resource r, Property p) {
        Statement s = r.getProperty(p);
        return s == null || !s.getObject().isLiteral() ? null : s.getString();
    }

    private static String key(Resource s, Property p, Resource o) { return s + " " + p.getURI() + " " + o; }

    private static List<Resource> sorted(List<Resource> rs) {
        return rs.stream().distinct().sorted(Comparator.comparing(Resource::toString)).toList();
    }

    private static JsonValue str(String s) { return new JsonValue.Str(s, 0, 0); }

    private static JsonValue arr(List<JsonValue> items) { return new JsonValue.Arr(items, 0, 0); }

    private static JsonValue obj(Object... kv) {
        LinkedHashMap<String, JsonValue> members = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) members.put((String) kv[i], (JsonValue) kv[i + 1]);
        return new JsonValue.Obj(members, 0, 0);
    }
}
