package org.cruxmap.ingest.argdown;

import java.util.ArrayList;
import java.util.List;

/**
 * The reference's post-processing of the model: relations of reconstructed arguments move to their
 * main conclusion, undercuts of them to their inference; in strict mode statement-to-statement
 * support becomes entailment and attack contrariety; redundant attacks on an argument's premise are
 * folded into the statement relation.
 */
final class ModelTransforms {
    private final ArgdownDocument doc;

    ModelTransforms(ArgdownDocument doc) { this.doc = doc; }

    void run(boolean strict) {
        transformArgumentRelations();
        if (strict) transformStatementRelations();
        removeRedundantStatementToArgumentAttacks();
    }

    private void transformArgumentRelations() {
        List<Relation> kept = new ArrayList<>();
        for (Relation relation : doc.relations) {
            boolean add = true;
            if (relation.from instanceof ArgumentNode a && a.isReconstructed()) {
                relation.from.relations().remove(relation);
                Member conclusion = a.pcs.get(a.pcs.size() - 1);
                StatementClass ec = doc.statements.get(conclusion.title);
                relation.from = ec;
                Relation existing = ec.relations.stream()
                        .filter(r -> r.to == relation.to && r.type == relation.type).findFirst().orElse(null);
                if (existing == null) {
                    ec.relations.add(relation);
                } else {
                    existing.lines.addAll(relation.lines);
                    relation.to.relations().remove(relation);
                    add = false;
                }
            }
            if (relation.to instanceof ArgumentNode a && a.isReconstructed() && relation.type == RelationType.UNDERCUT) {
                Inference inference = a.pcs.get(a.pcs.size() - 1).inference;
                relation.to.relations().remove(relation);
                relation.to = inference;
                Relation existing = inference.relations.stream()
                        .filter(r -> r.from == relation.from && r.type == relation.type).findFirst().orElse(null);
                if (existing == null) {
                    inference.relations.add(relation);
                } else {
                    existing.lines.addAll(relation.lines);
                    relation.from.relations().remove(relation);
                    add = false;
                }
            }
            if (add) kept.add(relation);
        }
        doc.relations = kept;
    }

    private void transformStatementRelations() {
        List<Relation> kept = new ArrayList<>();
        for (Relation relation : doc.relations) {
            boolean add = true;
            if (relation.from instanceof StatementClass && relation.to instanceof StatementClass) {
                if (relation.type == RelationType.SUPPORT) {
                    relation.type = RelationType.ENTAILS;
                } else if (relation.type == RelationType.ATTACK) {
                    boolean exists = relation.from.relations().stream().anyMatch(r -> r.type == RelationType.CONTRARY
                            && ((r.from == relation.from && r.to == relation.to) || (r.from == relation.to && r.to == relation.from)));
                    if (exists) {
                        relation.from.relations().remove(relation);
                        relation.to.relations().remove(relation);
                        add = false;
                    } else {
                        relation.type = RelationType.CONTRARY;
                    }
                }
            }
            if (add) kept.add(relation);
        }
        doc.relations = kept;
    }

    private void removeRedundantStatementToArgumentAttacks() {
        List<Relation> kept = new ArrayList<>();
        for (Relation relation : doc.relations) {
            if (!(relation.from instanceof StatementClass ec) || relation.type != RelationType.ATTACK
                    || !(relation.to instanceof ArgumentNode argument)) {
                kept.add(relation);
                continue;
            }
            Relation folded = null;
            for (Relation other : ec.relations) {
                RelationEnd otherEnd = other.from == ec ? other.to : other.from;
                if (!(otherEnd instanceof StatementClass otherStatement)) continue;
                boolean kind = (other.type == RelationType.ATTACK && other.from == ec)
                        || other.type == RelationType.CONTRADICTORY || other.type == RelationType.CONTRARY;
                if (kind && argument.pcs.stream().anyMatch(s -> s.title.equals(otherStatement.title) && s.role == Role.PREMISE)) {
                    folded = other;
                    break;
                }
            }
            if (folded != null) {
                relation.from.relations().remove(relation);
                relation.to.relations().remove(relation);
                folded.lines.addAll(relation.lines);
            } else {
                kept.add(relation);
            }
        }
        doc.relations = kept;
    }
}
