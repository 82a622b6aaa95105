package org.cruxmap.server.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A label for every node of a framework; its extension is the set of nodes labelled in. */
public final class Labelling {
    private final Framework framework;
    private final Label[] labels;

    Labelling(Framework framework, Label[] labels) {
        if (labels.length != framework.size()) throw new IllegalArgumentException("one label per node");
        this.framework = framework;
        this.labels = labels.clone();
    }

    public Framework framework() { return framework; }

    /** The label of node i. */
    public Label label(int i) { return labels[i]; }

    /** The label of a node by id, or null for an unknown id. */
    public Label label(String id) {
        var i = framework.indexOf(id);
        return i.isPresent() ? labels[i.getAsInt()] : null;
    }

    /** The ids labelled in, in node order. */
    public List<String> extension() { return with(Label.IN); }

    /** The ids with this label, in node order. */
    public List<String> with(Label l) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < labels.length; i++) if (labels[i] == l) out.add(framework.id(i));
        return out;
    }

    /** Id to label, in node order. */
    public Map<String, Label> asMap() {
        Map<String, Label> m = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i++) m.put(framework.id(i), labels[i]);
        return m;
    }

    /**
     * True when this is a complete labelling: a node is in iff all its attackers are out, and out
     * iff some attacker is in.
     */
    public boolean isComplete() {
        for (int i = 0; i < labels.length; i++) {
            boolean allOut = true;
            boolean someIn = false;
            for (int a : framework.attackers(i)) {
                if (labels[a] != Label.OUT) allOut = false;
                if (labels[a] == Label.IN) someIn = true;
            }
            Label want = allOut ? Label.IN : someIn ? Label.OUT : Label.UNDEC;
            if (labels[i] != want) return false;
        }
        return true;
    }

    @Override public String toString() { return asMap().toString(); }
}
