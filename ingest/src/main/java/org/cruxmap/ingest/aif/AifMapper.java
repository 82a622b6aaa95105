package org.cruxmap.ingest.aif;

import static org.cruxmap.ingest.aif.AifDocument.Type.CA;
import static org.cruxmap.ingest.aif.AifDocument.Type.I;
import static org.cruxmap.ingest.aif.AifDocument.Type.L;
import static org.cruxmap.ingest.aif.AifDocument.Type.MA;
import static org.cruxmap.ingest.aif.AifDocument.Type.PA;
import static org.cruxmap.ingest.aif.AifDocument.Type.RA;
import static org.cruxmap.ingest.aif.AifDocument.Type.TA;
import static org.cruxmap.ingest.aif.AifDocument.Type.YA;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.cruxmap.ingest.Diagnostic;
import org.cruxmap.ontology.CM;

/**
 * Maps an {@link AifDocument} to the Cruxmap vocabulary.
 *
 * <ul>
 *   <li>I-node: a {@code cm:Claim} with {@code cm:text}, a short {@code rdfs:label} and
 *       {@code cm:status} ({@code cm:unverified} unless the node has a {@code status} member).</li>
 *   <li>RA-node: a {@code cm:Argument} with its premises (I-nodes with an edge into it), its
 *       conclusion (the I-node it points to) and {@code cm:scheme}; plus, from each premise to the
 *       conclusion, the plain {@code cm:supports} triple and its {@code cm:Relation}.</li>
 *   <li>CA, MA, PA: {@code cm:attacks} ({@code cm:undercuts} when the target is an RA-node),
 *       {@code cm:rephrases}, {@code cm:preferredTo}: the plain triple and a {@code cm:Relation}
 *       per source and target, carrying the S-node's ID and members as {@code cm:data}.</li>
 *   <li>L-node: a {@code cm:Locution} (label the node text, {@code cm:text} what was said) with its
 *       {@code cm:speaker}; YA: {@code cm:expresses} and {@code cm:illocution}; TA: {@code cm:transitionTo}.</li>
 * </ul>
 * Each node's ID and unmapped members (timestamp, ...) are kept as {@code cm:data} for the writer.
 */
final class AifMapper {
    private static final Map<AifDocument.Type, Set<AifDocument.Type>> EDGES = Map.of(
            I, EnumSet.of(RA, CA, MA, PA),
            RA, EnumSet.of(I, CA, PA),
            CA, EnumSet.of(I, RA),
            MA, EnumSet.of(I),
            PA, EnumSet.of(I, RA),
            L, EnumSet.of(YA, TA),
            YA, EnumSet.of(I),
            TA, EnumSet.of(L));
    private static final Pattern SAYS = Pattern.compile("(?s)\\s*(\\S.{0,79}?)\\s+says\\s+(['\"])(.*)\\2\\s*");
    private static final Pattern COLON = Pattern.compile("(?s)\\s*([^:\\n]{1,80}?)\\s*:\\s+(\\S.*?)\\s*");

    private final AifIris iris;
    private final String file;
    private final List<Diagnostic> out;
    private final Model model = ModelFactory.createDefaultModel();
    private final Map<String, AifDocument.Node> byId = new HashMap<>();
    private final Map<String, List<AifDocument.Node>> ins = new HashMap<>();
    private final Map<String, List<AifDocument.Node>> outs = new HashMap<>();

    AifMapper(AifIris iris, String file, List<Diagnostic> out) {
        this.iris = iris;
        this.file = file;
        this.out = out;
        model.setNsPrefix("cm", CM.NS);
        model.setNsPrefix("rdfs", RDFS.getURI());
        model.setNsPrefix("aif", iris.prefix());
    }

    Model map(AifDocument doc) {
        for (AifDocument.Node n : doc.nodes()) byId.put(n.key(), n);
        for (AifDocument.Edge e : doc.edges()) {
            AifDocument.Node from = byId.get(e.from());
            AifDocument.Node to = byId.get(e.to());
            if (!EDGES.get(from.type()).contains(to.type())) {
                out.add(Diagnostic.warning("aif-edge-unmapped", file, e.line(), e.column(), "edge from " + from.type()
                        + "-node \"" + from.key() + "\" to " + to.type() + "-node \"" + to.key() + "\" has no meaning in Cruxmap; it is not imported"));
                continue;
            }
            outs.computeIfAbsent(from.key(), k -> new ArrayList<>()).add(to);
            ins.computeIfAbsent(to.key(), k -> new ArrayList<>()).add(from);
        }
        for (AifDocument.Node n : doc.nodes()) {
            switch (n.type()) {
                case I -> statement(n);
                case RA -> argument(n);
                case CA -> relation(n, null);
                case MA -> relation(n, CM.rephrases);
                case PA -> relation(n, CM.preferredTo);
                case L -> locution(n, doc.speakerByLocution().get(n.key()));
                case YA -> illocution(n);
                case TA -> transition(n);
                default -> throw new IllegalStateException("unreachable: " + n.type());
            }
        }
        return model;
    }

    private void statement(AifDocument.Node n) {
        Resource s = node(n).addProperty(RDF.type, CM.Claim).addProperty(CM.text, n.text());
        s.addProperty(RDFS.label, statementLabel(n));
        if (n.text().isBlank()) warn("aif-empty-text", n, "I-node \"" + n.key() + "\" has an empty text");
        LinkedHashMap<String, JsonValue> data = new LinkedHashMap<>(n.members());
        JsonValue status = data.remove("status");
        Resource st = CM.unverified;
        if (status != null) {
            String v = status.scalarText();
            Resource given = v == null ? null : model.createResource(CM.NS + v);
            if (given == null || !CM.STATUSES.contains(given)) {
                out.add(Diagnostic.error("aif-status", file, status.line(), status.column(),
                        "\"status\" of node \"" + n.key() + "\" must be \"verified\", \"secondary\" or \"unverified\""));
            } else {
                st = given;
            }
        }
        s.addProperty(CM.status, st);
        data(s, n, data);
    }

    private void argument(AifDocument.Node n) {
        List<AifDocument.Node> premises = around(ins, n, I);
        List<AifDocument.Node> conclusions = around(outs, n, I);
        if (premises.isEmpty()) err("aif-argument-incomplete", n, "RA-node \"" + n.key() + "\" has no premise: no edge leads into it from an I-node");
        if (conclusions.isEmpty()) err("aif-argument-incomplete", n, "RA-node \"" + n.key() + "\" has no conclusion: no edge leads from it to an I-node");
        if (conclusions.size() > 1) warn("aif-argument-conclusions", n, "RA-node \"" + n.key() + "\" has " + conclusions.size() + " conclusions; each is read as one");
        LinkedHashMap<String, JsonValue> data = new LinkedHashMap<>(n.members());
        String scheme = null;
        if (data.get("scheme") instanceof JsonValue.Str str && !str.value().isBlank()) {
            scheme = str.value().strip();
            data.remove("scheme");
        } else if (!AifLabels.isGeneric(n.text(), RA)) {
            scheme = n.text().strip();
        }
        Resource a = node(n).addProperty(RDF.type, CM.Argument);
        a.addProperty(RDFS.label, argumentLabel(n, scheme, conclusions));
        if (scheme != null) a.addProperty(CM.scheme, scheme);
        for (AifDocument.Node p : premises) a.addProperty(CM.premise, node(p));
        for (AifDocument.Node c : conclusions) a.addProperty(CM.conclusion, node(c));
        for (AifDocument.Node p : premises) {
            for (AifDocument.Node c : conclusions) described(n, p, CM.supports, c);
        }
        data(a, n, data);
    }

    /** The label of an argument: its RA text when that says something, else built from scheme and conclusion. */
    String argumentLabel(AifDocument.Node n, String scheme, List<AifDocument.Node> conclusions) {
        if (!AifLabels.isGeneric(n.text(), RA)) return n.text().strip();
        String conclusion = conclusions.stream().min(Comparator.comparing(AifDocument.Node::key))
                .map(AifMapper::statementLabel).orElse("?");
        return AifLabels.argumentLabel(scheme, conclusion);
    }

    private void relation(AifDocument.Node n, Property fixedKind) {
        List<AifDocument.Node> from = around(ins, n, null);
        List<AifDocument.Node> to = around(outs, n, null);
        if (from.isEmpty() || to.isEmpty()) {
            err("aif-relation-incomplete", n, n.type() + "-node \"" + n.key() + "\" needs an edge into it and an edge out of it");
            return;
        }
        LinkedHashMap<String, JsonValue> data = new LinkedHashMap<>();
        data.put("text", new JsonValue.Str(n.text(), 0, 0));
        data.putAll(n.members());
        for (AifDocument.Node f : from) {
            for (AifDocument.Node t : to) {
                Property kind = fixedKind != null ? fixedKind : t.type() == RA ? CM.undercuts : CM.attacks;
                Resource r = described(n, f, kind, t);
                data(r, n, data);
            }
        }
    }

    private void locution(AifDocument.Node n, String speakerFromParticipants) {
        Resource l = node(n).addProperty(RDF.type, CM.Locution).addProperty(RDFS.label, n.text());
        String speaker = speakerFromParticipants;
        String said = n.text().strip();
        Matcher says = SAYS.matcher(n.text());
        Matcher colon = COLON.matcher(n.text());
        if (says.matches()) {
            if (speaker == null) speaker = says.group(1);
            said = says.group(3);
        } else if (colon.matches()) {
            if (speaker == null) speaker = colon.group(1);
            said = colon.group(2);
        }
        l.addProperty(CM.text, said);
        if (speaker != null && !speaker.isBlank()) {
            Resource p = model.createResource(iris.person(speaker.strip()))
                    .addProperty(RDF.type, CM.Person)
                    .addProperty(CM.name, speaker.strip())
                    .addProperty(RDFS.label, speaker.strip());
            l.addProperty(CM.speaker, p);
        } else {
            warn("aif-no-speaker", n, "L-node \"" + n.key() + "\" names no speaker (no locution entry, no \"Name : text\")");
        }
        data(l, n, new LinkedHashMap<>(n.members()));
    }

    private void illocution(AifDocument.Node n) {
        List<AifDocument.Node> speakers = around(ins, n, L);
        List<AifDocument.Node> said = around(outs, n, I);
        if (speakers.isEmpty() || said.isEmpty()) {
            warn("aif-illocution-incomplete", n, "YA-node \"" + n.key() + "\" needs an edge from an L-node and one to an I-node; it is not imported");
            return;
        }
        for (AifDocument.Node l : speakers) {
            Resource loc = node(l);
            for (AifDocument.Node s : said) loc.addProperty(CM.expresses, node(s));
            if (!AifLabels.isPlaceholderIllocution(n.text())) loc.addProperty(CM.illocution, n.text().strip());
        }
    }

    private void transition(AifDocument.Node n) {
        List<AifDocument.Node> from = around(ins, n, L);
        List<AifDocument.Node> to = around(outs, n, L);
        if (from.isEmpty() || to.isEmpty()) {
            warn("aif-transition-incomplete", n, "TA-node \"" + n.key() + "\" needs an edge from an L-node and one to an L-node; it is not imported");
            return;
        }
        for (AifDocument.Node f : from) {
            for (AifDocument.Node t : to) node(f).addProperty(CM.transitionTo, node(t));
        }
    }

    /** The plain triple and its relation resource, which lives under the S-node that makes it. */
    private Resource described(AifDocument.Node sNode, AifDocument.Node from, Property kind, AifDocument.Node to) {
        Resource f = node(from);
        Resource t = node(to);
        f.addProperty(kind, t);
        return model.createResource(iris.relation(sNode.key(), from.key(), to.key()))
                .addProperty(RDF.type, CM.Relation)
                .addProperty(CM.from, f)
                .addProperty(CM.kind, kind)
                .addProperty(CM.to, t);
    }

    private static String statementLabel(AifDocument.Node n) {
        return n.text().isBlank() ? "I-node " + n.key() : AifLabels.shorten(n.text());
    }

    private static List<AifDocument.Node> around(Map<String, List<AifDocument.Node>> index, AifDocument.Node n, AifDocument.Type only) {
        return index.getOrDefault(n.key(), List.of()).stream().filter(x -> only == null || x.type() == only).toList();
    }

    private Resource node(AifDocument.Node n) { return model.createResource(iris.node(n.key())); }

    /** The node ID (as written) and the given members, as one canonical JSON object. */
    private void data(Resource r, AifDocument.Node n, LinkedHashMap<String, JsonValue> members) {
        LinkedHashMap<String, JsonValue> all = new LinkedHashMap<>();
        all.put("nodeID", n.id());
        all.putAll(members);
        r.addProperty(CM.data, model.createTypedLiteral(JsonWriter.canonical(new JsonValue.Obj(all, 0, 0)), RDF.dtRDFJSON));
    }

    private void err(String code, AifDocument.Node n, String message) {
        out.add(Diagnostic.error(code, file, n.line(), n.column(), message));
    }

    private void warn(String code, AifDocument.Node n, String message) {
        out.add(Diagnostic.warning(code, file, n.line(), n.column(), message));
    }
}
