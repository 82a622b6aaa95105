package org.cruxmap.server.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One topic of a generated map: a thesis with a tree of supporting and attacking claims and of
 * evidence for and against them (people on each side hold and reject what they argue about),
 * quotes from the topic's source, cross-links to earlier topics, and a crux with crux assertions
 * relative to the people who disagree, some of them saying it is not a crux for them.
 */
final class TopicBuilder {
    private static final int MAX_NODES = 60;

    private final Random r;
    private final int people;
    private final RecentTitles recent;

    TopicBuilder(Random r, int people, RecentTitles recent) {
        this.r = r;
        this.people = people;
        this.recent = recent;
    }

    /** The statements of a topic in the order they may be written: parents before children, the crux last. */
    List<Draft> build(int firstNumber, SourceDraft source, PeopleIds ids) {
        List<Draft> nodes = new ArrayList<>();
        int[] number = {firstNumber};
        Draft root = claim(number, 0);
        addHolders(root, ids, null, true);
        nodes.add(root);
        for (int i = 0; i < nodes.size() && nodes.size() < MAX_NODES; i++) {
            Draft parent = nodes.get(i);
            if (!parent.type.equals("claim")) continue;
            int children = parent.depth == 0 ? 2 + r.nextInt(3) : parent.depth < 3 ? r.nextInt(4) : parent.depth < 4 ? r.nextInt(2) : 0;
            for (int c = 0; c < children && nodes.size() < MAX_NODES; c++) {
                boolean evidence = parent.depth >= 1 && r.nextInt(100) < 35;
                boolean pro = r.nextInt(100) < (evidence ? 65 : 60);
                Draft child = evidence ? evidence(number, parent.depth + 1, source) : claim(number, parent.depth + 1);
                addHolders(child, ids, parent, pro);
                child.links.add(new Link(evidence ? (pro ? "isEvidenceFor" : "isEvidenceAgainst") : (pro ? "supports" : "attacks"),
                        parent.title));
                if (!evidence) crossLink(child, parent);
                if (!evidence && r.nextInt(100) < 25) quote(child, source);
                nodes.add(child);
            }
        }
        List<Draft> claims = nodes.stream().filter(d -> d.type.equals("claim")).toList();
        if (claims.size() >= 2 && r.nextInt(100) < 80) nodes.add(crux(number, claims, ids));
        return nodes;
    }

    private Draft claim(int[] number, int depth) {
        Draft d = new Draft(Prose.claimTitle(r) + " (" + number[0]++ + ")", "claim", depth);
        d.text = Prose.paragraph(r, 1 + r.nextInt(2));
        d.status = new String[] {"verified", "secondary", "unverified", "unverified"}[r.nextInt(4)];
        tags(d);
        return d;
    }

    private Draft evidence(int[] number, int depth, SourceDraft source) {
        Draft d = new Draft(Prose.evidenceTitle(r) + " (" + number[0]++ + ")", "evidence", depth);
        d.text = Prose.paragraph(r, 1 + r.nextInt(3));
        d.status = new String[] {"verified", "verified", "secondary", "unverified"}[r.nextInt(4)];
        tags(d);
        d.sourceId = source.record.id();
        Quote q = source.nextQuote();
        if (q != null) d.quotes.add(q);
        return d;
    }

    private Draft crux(int[] number, List<Draft> claims, PeopleIds ids) {
        Draft d = new Draft(Prose.cruxTitle(r) + " (" + number[0]++ + ")", "crux", 0);
        d.text = Prose.sentence(r);
        d.status = "unverified";
        Draft root = claims.get(0);
        List<String> agents = new ArrayList<>(root.holders);
        agents.addAll(root.rejecters);
        for (String a : agents) d.cruxFor.add(new CruxFor(root.title, a, true));
        Draft other = claims.get(1 + r.nextInt(claims.size() - 1));
        if (!other.holders.isEmpty()) d.cruxFor.add(new CruxFor(other.title, other.holders.get(0), r.nextInt(100) >= 30));
        if (r.nextInt(100) < 30) {
            Draft third = claims.get(r.nextInt(claims.size()));
            if (third != other && third != root) d.cruxFor.add(new CruxFor(third.title, null, true));
        }
        return d;
    }

    private void quote(Draft d, SourceDraft source) {
        Quote q = source.nextQuote();
        if (q == null) return;
        d.sourceId = source.record.id();
        d.quotes.add(q);
    }

    private void tags(Draft d) {
        int n = r.nextInt(3);
        for (int i = 0; i < n; i++) {
            String t = Prose.pick(r, Prose.TAGS);
            if (!d.tags.contains(t)) d.tags.add(t);
        }
    }

    /** Holders: on the parent's side for a pro child, else someone else, who then rejects the parent. */
    private void addHolders(Draft d, PeopleIds ids, Draft parent, boolean pro) {
        if (parent != null && pro && !parent.holders.isEmpty() && r.nextBoolean()) {
            d.holders.add(parent.holders.get(r.nextInt(parent.holders.size())));
        } else {
            String p = ids.get(r.nextInt(people));
            if (parent == null || !parent.holders.contains(p)) d.holders.add(p);
            if (parent != null && !pro && !parent.holders.contains(p) && !parent.rejecters.contains(p) && r.nextInt(100) < 70) {
                parent.rejecters.add(p);
            }
        }
        if (parent == null && r.nextBoolean()) {
            String second = ids.get(r.nextInt(people));
            if (!d.holders.contains(second)) d.holders.add(second);
        }
    }

    /** Now and then a claim also supports or attacks a statement of an earlier topic. */
    private void crossLink(Draft d, Draft parent) {
        int roll = r.nextInt(100);
        if (roll >= 12) return;
        String target = recent.pick(r);
        if (target == null || target.equals(parent.title)) return;
        d.links.add(new Link(roll < 2 ? "respondsTo" : roll < 8 ? "supports" : "attacks", target));
    }
}
