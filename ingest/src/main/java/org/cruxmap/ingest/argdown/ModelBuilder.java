package org.cruxmap.ingest.argdown;

import static org.cruxmap.ingest.argdown.TokenType.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cruxmap.ingest.argdown.RuleNode.Rule;

/**
 * Walks the syntax tree and builds the model the way the reference's ModelPlugin and DataPlugin do:
 * statements grouped by title, untitled ones numbered in walk order, argument descriptions,
 * premise-conclusion structures, relations at every depth, tags, data and sections. Where the
 * reference aborts its walk, the walk stops here too and the model keeps what was built.
 */
final class ModelBuilder {
    private static final String DOT = "[^\\n\\r\\u2028\\u2029]";
    private static final Pattern P_STATEMENT_REF = Pattern.compile("\\[(" + DOT + "+)\\]");
    private static final Pattern P_STATEMENT_DEF = Pattern.compile("\\[(" + DOT + "+)\\]:");
    private static final Pattern P_STATEMENT_MENTION = Pattern.compile("@\\[(" + DOT + "+)\\](\\s?)");
    private static final Pattern P_ARGUMENT_MENTION = Pattern.compile("@<(" + DOT + "+)>(\\s?)");
    private static final Pattern P_ARGUMENT_REF = Pattern.compile("<(" + DOT + "+)>");
    private static final Pattern P_ARGUMENT_DEF = Pattern.compile("<(" + DOT + "+)>:");
    private static final Pattern P_LINK = Pattern.compile("\\[(" + DOT + "+)\\]\\((" + DOT + "+)\\)");
    private static final Pattern P_TAG = Pattern.compile("#(?:\\(([^)]+)\\)|([" + ArgdownLexer.TAG_CHARS + "]+))");

    /** The walk stopped where the reference's stops; {@code runAfter} says whether its post-processing still runs. */
    static final class Abort extends RuntimeException {
        final boolean runAfter;
        final int line;

        Abort(String message, boolean runAfter, int line) {
            super(message, null, false, false);
            this.runAfter = runAfter;
            this.line = line;
        }
    }

    private final ArgdownDocument doc;
    private final String fileName;
    private int untitled;
    private Member currentStatement;
    private Object currentRelationParent;
    private ArgumentNode currentArgument;
    private ArgumentNode currentPcs;
    private Inference currentInference;
    private Relation currentRelation;
    private Member currentHeading;
    private Section currentSection;
    private final List<RelationEnd> relationParents = new ArrayList<>();
    private boolean removeTagsFromText;
    private boolean strict;

    private org.yaml.snakeyaml.Yaml yaml;

    private org.yaml.snakeyaml.Yaml yaml() {
        if (yaml == null) yaml = YamlData.yaml();
        return yaml;
    }

    private ModelBuilder(ArgdownDocument doc, String fileName) {
        this.doc = doc;
        this.fileName = fileName;
    }

    /** Builds the model of a parsed tree into the document (no-op for a null tree). */
    static void build(RuleNode tree, ArgdownDocument doc, String fileName) {
        if (tree == null) return;
        ModelBuilder b = new ModelBuilder(doc, fileName);
        boolean runAfter = true;
        try {
            b.visit(tree, null, -1);
        } catch (Abort a) {
            doc.modelErrors.add(new ArgdownParser.SyntaxError(new Token(EOF, "", 0, Math.max(a.line, 1), 1), a.getMessage()));
            runAfter = a.runAfter;
        }
        if (runAfter) new ModelTransforms(doc).run(b.strict);
    }

    private void visit(Node node, RuleNode parent, int childIndex) {
        if (node instanceof Token t) {
            onToken(t, parent, childIndex);
            return;
        }
        RuleNode r = (RuleNode) node;
        enter(r, parent, childIndex);
        for (int i = 0; i < r.children.size(); i++) {
            Node child = r.children.get(i);
            if (child != null) visit(child, r, i);
        }
        exit(r, parent, childIndex);
    }

    // ------------------------------------------------------------------ tokens

    private Member textTarget() { return currentHeading != null ? currentHeading : currentStatement; }

    private void onToken(Token t, RuleNode parent, int childIndex) {
        switch (t.type()) {
            case STATEMENT_DEFINITION -> {
                Matcher m = P_STATEMENT_DEF.matcher(t.image());
                if (m.find() && currentStatement != null) {
                    currentStatement.title = m.group(1);
                    parent.statement = currentStatement;
                }
            }
            case STATEMENT_REFERENCE -> {
                Matcher m = P_STATEMENT_REF.matcher(t.image());
                if (m.find() && currentStatement != null) {
                    currentStatement.title = m.group(1);
                    currentStatement.isReference = true;
                    parent.statement = currentStatement;
                }
            }
            case ARGUMENT_REFERENCE -> {
                Matcher m = P_ARGUMENT_REF.matcher(t.image());
                if (m.find() && currentStatement != null) {
                    currentStatement.title = m.group(1);
                    currentStatement.isReference = true;
                }
            }
            case ARGUMENT_DEFINITION -> {
                Matcher m = P_ARGUMENT_DEF.matcher(t.image());
                if (m.find() && currentStatement != null) currentStatement.title = m.group(1);
            }
            case STATEMENT_MENTION, ARGUMENT_MENTION -> {
                Matcher m = (t.is(STATEMENT_MENTION) ? P_STATEMENT_MENTION : P_ARGUMENT_MENTION).matcher(t.image());
                Member target = textTarget();
                if (m.find() && target != null) target.text().append(t.image());
            }
            case LINK -> {
                Member target = textTarget();
                if (target == null) return;
                Matcher m = P_LINK.matcher(t.image());
                if (!m.find()) throw new Abort("Could not match link.", false, t.line());
                target.text().append(m.group(1));
                if (t.image().endsWith(" ")) target.text().append(' ');
            }
            case TAG -> {
                Member target = textTarget();
                if (target == null) return;
                Matcher m = P_TAG.matcher(t.image());
                if (!m.find()) throw new Abort("Could not parse tag.", false, t.line());
                String tag = m.group(1) != null ? m.group(1) : m.group(2);
                if (!removeTagsFromText) target.text().append(t.image());
                if (target.tagImages == null) target.tagImages = new ArrayList<>();
                target.tagImages.add(t.image());
                target.addTag(tag);
            }
            case NEWLINE -> {
                Member target = textTarget();
                if (target == null) return;
                StringBuilder text = target.text();
                if (childIndex != parent.children.size() - 1 && (text.length() == 0 || text.charAt(text.length() - 1) != ' ')) {
                    text.append(' ');
                }
            }
            case DATA -> parent.data = YamlData.parseDataToken(t, yaml(), doc);
            case FRONT_MATTER -> {
                Object data = YamlData.parseFrontMatter(t, yaml(), doc);
                parent.data = data;
                if (data instanceof Map<?, ?> map) {
                    doc.frontMatter = YamlData.asStringMap(map);
                    if (map.get("model") instanceof Map<?, ?> model) {
                        if (model.get("removeTagsFromText") instanceof Boolean b) removeTagsFromText = b;
                        if ("strict".equals(model.get("mode"))) strict = true;
                    }
                }
            }
            default -> { }
        }
    }

    // ------------------------------------------------------------------ rules

    private void enter(RuleNode node, RuleNode parent, int childIndex) {
        switch (node.rule) {
            case HEADING -> {
                currentHeading = new Member(false, null);
                currentHeading.text = new StringBuilder();
            }
            case STATEMENT -> {
                Role role = parent.rule == Rule.ARGDOWN ? Role.TOP_LEVEL : currentRelation != null ? Role.RELATION : null;
                currentStatement = new Member(false, role);
                currentRelationParent = currentStatement;
                node.statement = currentStatement;
            }
            case ARGUMENT -> {
                Member desc = new Member(true, Role.ARGUMENT_DESCRIPTION);
                desc.text = new StringBuilder();
                desc.line = node.line;
                desc.section = currentSection;
                currentStatement = desc;
                currentRelationParent = desc;
                node.statement = desc;
            }
            case PCS -> enterPcs(node, parent, childIndex);
            case INFERENCE -> {
                currentInference = new Inference();
                currentInference.line = node.line;
                node.inference = currentInference;
                currentRelationParent = currentInference;
                relationParents.add(currentInference);
            }
            case INCOMING_SUPPORT, INCOMING_ATTACK, OUTGOING_SUPPORT, OUTGOING_ATTACK, CONTRADICTION, INCOMING_UNDERCUT,
                    OUTGOING_UNDERCUT -> enterRelation(node);
            case RELATIONS -> {
                if (currentRelationParent == null) throw new Abort("Parent of relation missing.", false, node.line);
                relationParents.add(relationMember(currentRelationParent));
            }
            case FREESTYLE_TEXT -> {
                Member target = textTarget();
                StringBuilder text = new StringBuilder();
                for (Node c : node.children) {
                    if (!(c instanceof Token t)) continue;
                    if (t.is(ESCAPED_CHAR)) {
                        text.append(t.image(), 1, t.image().length());
                    } else if (t.is(SPECIAL_CHAR)) {
                        String symbol = Shortcodes.get(t.image().trim());
                        if (symbol != null) {
                            text.append(symbol);
                            if (t.image().endsWith(" ")) text.append(' ');
                        } else {
                            text.append(t.image());
                        }
                    } else {
                        text.append(t.image());
                    }
                }
                node.text = text.toString();
                if (target != null) target.text().append(node.text);
            }
            default -> { }
        }
    }

    private void exit(RuleNode node, RuleNode parent, int childIndex) {
        switch (node.rule) {
            case HEADING -> exitHeading(node);
            case STATEMENT -> exitStatement(node);
            case ARGUMENT -> exitArgument(node);
            case PCS -> exitPcs(node);
            case PCS_STATEMENT -> exitPcsStatement(node, parent, childIndex);
            case INFERENCE -> { if (currentInference != null) currentInference.data = YamlData.asStringMap(node.data); }
            case INFERENCE_RULES -> {
                if (currentInference == null) return;
                for (Node c : node.children) {
                    if (c instanceof RuleNode r && r.rule == Rule.FREESTYLE_TEXT) {
                        currentInference.rules.add(r.text == null ? "" : r.text.trim());
                    }
                }
            }
            case INCOMING_SUPPORT, INCOMING_ATTACK, OUTGOING_SUPPORT, OUTGOING_ATTACK, CONTRADICTION, INCOMING_UNDERCUT,
                    OUTGOING_UNDERCUT -> exitRelation(node);
            case RELATIONS -> {
                currentRelation = null;
                if (!relationParents.isEmpty()) relationParents.remove(relationParents.size() - 1);
            }
            case ITALIC, BOLD -> {
                Member target = textTarget();
                if (target == null) return;
                Node end = node.children.isEmpty() ? null : node.children.get(node.children.size() - 1);
                if (end == null) throw new Abort("Incomplete text range.", true, node.line);
                if (end instanceof Token t && t.image().endsWith(" ")) target.text().append(' ');
            }
            default -> { }
        }
    }

    private void exitHeading(RuleNode node) {
        if (currentHeading == null) throw new Abort("Missing heading.", false, node.line);
        Node start = node.children.isEmpty() ? null : node.children.get(0);
        if (!(start instanceof Token headingStart)) throw new Abort("Missing heading start.", true, node.line);
        int level = headingStart.image().length() - 1;
        String title = currentHeading.textOrEmpty().trim();
        Section parentSection = currentSection;
        while (parentSection != null && parentSection.level() >= level) parentSection = parentSection.parent();
        currentSection = new Section(title, level, parentSection);
        currentHeading = null;
    }

    private String uniqueTitle() {
        String title = "Untitled " + (++untitled);
        doc.generatedTitles.add(title);
        return title;
    }

    private StatementClass statementClass(String title) {
        return doc.statements.computeIfAbsent(title, StatementClass::new);
    }

    private ArgumentNode argument(String title) {
        ArgumentNode a = title == null ? null : doc.arguments.get(title);
        if (a == null) {
            a = new ArgumentNode();
            a.title = title == null ? uniqueTitle() : title;
            doc.arguments.put(a.title, a);
        }
        currentArgument = a;
        currentRelationParent = a;
        return a;
    }

    private RelationEnd relationMember(Object parent) {
        if (parent instanceof Member m) {
            if (m.title == null) m.title = uniqueTitle();
            return m.describesArgument ? argument(m.title) : statementClass(m.title);
        }
        return (RelationEnd) parent;
    }

    private void exitStatement(RuleNode node) {
        Member statement = node.statement;
        if (statement == null) return;
        statement.line = node.line;
        statement.data = YamlData.asStringMap(node.data);
        if (statement.title == null || statement.title.isEmpty()) statement.title = uniqueTitle();
        StatementClass ec = statementClass(statement.title);
        if (statement.tags != null) ec.tags.addAll(statement.tags);
        if (statement.data != null) ec.data = YamlData.merge(ec.data, statement.data);
        if (currentSection != null) statement.section = currentSection;
        ec.members.add(statement);
        Object inGroup = statement.data == null ? null : statement.data.get("isInGroup");
        if (Boolean.TRUE.equals(inGroup) || (!statement.isReference && inGroup == null && ec.section == null)) {
            ec.section = statement.section;
        }
        currentStatement = null;
    }

    private void exitArgument(RuleNode node) {
        Member desc = node.statement;
        if (desc == null) throw new Abort("Missing argument description.", false, node.line);
        desc.line = node.line;
        desc.data = YamlData.asStringMap(node.data);
        if (desc.title == null || desc.title.isEmpty()) desc.title = uniqueTitle();
        ArgumentNode a = argument(desc.title);
        node.argument = a;
        if (desc.tags != null) a.tags.addAll(desc.tags);
        if (desc.data != null) a.data = YamlData.merge(a.data, desc.data);
        if (currentSection != null) desc.section = currentSection;
        a.members.add(desc);
        if (a.line == 0 || !desc.isReference && a.members.stream().allMatch(m -> m == desc || m.isReference)) a.line = desc.line;
        Object inGroup = desc.data == null ? null : desc.data.get("isInGroup");
        if (Boolean.TRUE.equals(inGroup) || (!desc.isReference && inGroup == null && a.section == null)) a.section = desc.section;
        currentStatement = null;
        currentArgument = null;
    }

    private void enterPcs(RuleNode node, RuleNode parent, int childIndex) {
        ArgumentNode a = null;
        if (childIndex > 0 && parent != null) {
            Node preceding = parent.children.get(childIndex - 1);
            if (preceding == null) throw new Abort("Unreadable element before a premise-conclusion structure.", true, node.line);
            if (preceding instanceof RuleNode r && r.rule == Rule.ARGUMENT) {
                a = r.argument;
            } else if (preceding instanceof Token t && t.is(EMPTYLINE) && childIndex >= 2) {
                Node before = parent.children.get(childIndex - 2);
                if (before == null) throw new Abort("Unreadable element before a premise-conclusion structure.", true, node.line);
                if (before instanceof RuleNode r && r.rule == Rule.ARGUMENT) a = r.argument;
            }
        }
        if (a == null) a = argument(null);
        if (currentSection != null) a.section = currentSection;
        if (!a.pcs.isEmpty()) {
            throw new Abort("Multiple premise-conclusion-structures assigned to argument <" + a.title
                    + ">. You can only assign one pcs per argument.", false, node.line);
        }
        a.pcs = new ArrayList<>();
        if (a.line == 0) a.line = node.line;
        node.argument = a;
        currentPcs = a;
    }

    private void exitPcs(RuleNode node) {
        ArgumentNode a = node.argument;
        if (a == null) throw new Abort("Missing argument.", false, node.line);
        if (a.pcs.isEmpty()) throw new Abort("Missing argument statements.", false, node.line);
        Member lastStatement = a.pcs.get(a.pcs.size() - 1);
        if (lastStatement.role != Role.INTERMEDIARY_CONCLUSION) {
            throw new Abort("Missing main conclusion in the premise-conclusion structure of <" + a.title + ">.", false, node.line);
        }
        lastStatement.role = Role.MAIN_CONCLUSION;
        StatementClass ec = doc.statements.get(lastStatement.title);
        ec.usedAsMainConclusion = true;
        if (ec.members.stream().noneMatch(s -> s.role == Role.INTERMEDIARY_CONCLUSION)) ec.usedAsIntermediaryConclusion = false;
        currentStatement = null;
        currentArgument = null;
        currentPcs = null;
    }

    private void exitPcsStatement(RuleNode node, RuleNode parent, int childIndex) {
        if (currentPcs == null) throw new Abort("Missing argument reconstruction.", false, node.line);
        if (node.children.size() <= 1) return;
        Node statementNode = node.children.get(1);
        if (statementNode == null) throw new Abort("Unreadable statement in a premise-conclusion structure.", true, node.line);
        Member statement = ((RuleNode) statementNode).statement;
        if (statement == null) throw new Abort("Missing statement.", false, node.line);
        StatementClass ec = statementClass(statement.title == null ? "untitled" : statement.title);
        statement.role = Role.PREMISE;
        if (childIndex > 0 && parent != null) {
            Node preceding = parent.children.get(childIndex - 1);
            if (preceding == null) throw new Abort("Unreadable inference.", true, node.line);
            if (preceding instanceof RuleNode r && r.rule == Rule.INFERENCE) {
                statement.role = Role.INTERMEDIARY_CONCLUSION;
                ec.usedAsIntermediaryConclusion = true;
                statement.inference = r.inference;
                r.inference.argumentTitle = currentPcs.title;
            }
        }
        if (statement.role == Role.PREMISE) ec.usedAsPremise = true;
        currentPcs.pcs.add(statement);
    }

    private void enterRelation(RuleNode node) {
        RelationEnd target = relationParents.isEmpty() ? null : relationParents.get(relationParents.size() - 1);
        Relation r = switch (node.rule) {
            case INCOMING_SUPPORT -> from(new Relation(RelationType.SUPPORT, node.line), target);
            case INCOMING_ATTACK -> from(new Relation(RelationType.ATTACK, node.line), target);
            case OUTGOING_SUPPORT -> to(new Relation(RelationType.SUPPORT, node.line), target);
            case OUTGOING_ATTACK -> to(new Relation(RelationType.ATTACK, node.line), target);
            case CONTRADICTION -> from(new Relation(RelationType.CONTRADICTORY, node.line), target);
            case INCOMING_UNDERCUT -> from(new Relation(RelationType.UNDERCUT, node.line), target);
            default -> to(new Relation(RelationType.UNDERCUT, node.line),
                    target instanceof StatementClass && currentInference != null ? currentInference : target);
        };
        currentRelation = r;
        node.relation = r;
    }

    private static Relation from(Relation r, RelationEnd end) { r.from = end; return r; }

    private static Relation to(Relation r, RelationEnd end) { r.to = end; return r; }

    private void exitRelation(RuleNode node) {
        Relation relation = node.relation;
        if (node.children.size() < 2) throw new Abort("Relation without children.", false, node.line);
        Node content = node.children.get(1);
        if (content == null) throw new Abort("Relation without content.", true, node.line);
        RuleNode contentNode = (RuleNode) content;
        Object member = contentNode.argument != null ? contentNode.argument : contentNode.statement;
        if (member == null) throw new Abort("Relation member not found.", false, node.line);
        RelationEnd target = relationMember(member);
        if (relation == null) return;
        if (relation.from != null) relation.to = target;
        else relation.from = target;
        if (relation.from == null || relation.to == null) throw new Abort("Missing relation source or target.", false, node.line);
        for (Relation existing : relation.from.relations()) {
            boolean same = relation.to == existing.to && relation.type == existing.type;
            boolean mirrored = relation.type == RelationType.CONTRADICTORY && existing.type == RelationType.CONTRADICTORY
                    && relation.from == existing.to && relation.to == existing.from;
            if (same || mirrored) {
                existing.lines.addAll(relation.lines);
                return;
            }
        }
        doc.relations.add(relation);
        relation.from.relations().add(relation);
        relation.to.relations().add(relation);
    }
}
