package org.cruxmap.server.analysis;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The labellings of a framework under one semantics, and whether the search finished. When it did
 * not ({@code complete} false), {@code stopReason} says which bound was hit and the labellings are
 * those found so far.
 */
public record SemanticsResult(Semantics semantics, Framework framework, List<Labelling> labellings, boolean complete,
                              String stopReason, long millis) {

    /** The extensions (ids labelled in), one per labelling, in the order found. */
    public List<List<String>> extensions() {
        return labellings.stream().map(Labelling::extension).toList();
    }

    /**
     * One label per node summing up every labelling: in when in in all of them, out when out in all,
     * otherwise undecided (sceptical acceptance). With no labelling at all (a framework without a
     * stable labelling) every node is undecided. For grounded this is simply the grounded labelling.
     */
    public Map<String, Label> scepticalLabels() {
        Map<String, Label> m = new LinkedHashMap<>();
        for (int i = 0; i < framework.size(); i++) {
            Label agreed = null;
            for (Labelling l : labellings) {
                Label x = l.label(i);
                if (agreed == null) agreed = x;
                else if (agreed != x) { agreed = Label.UNDEC; break; }
            }
            m.put(framework.id(i), agreed == null || labellings.isEmpty() ? Label.UNDEC : agreed);
        }
        return m;
    }

    /** The answer as the API and the CLI print it: labels, extensions, completeness, size and time. */
    public Map<String, Object> summary() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("semantics", semantics().word());
        Map<String, String> labels = new LinkedHashMap<>();
        scepticalLabels().forEach((k, v) -> labels.put(k, v.word()));
        out.put("labels", labels);
        out.put("extensions", extensions());
        out.put("complete", complete());
        out.put("stopReason", stopReason());
        out.put("nodes", framework().size());
        out.put("attacks", framework().attackCount());
        out.put("millis", millis());
        return out;
    }
}
