package org.cruxmap.ingest.argdown;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the conformance records of @argdown/core hold for one file (statements, arguments, relations,
 * error lines), built either from an expected JSON record or from our reader's document, so the two
 * compare with equals.
 */
record ReferenceSummary(Map<String, String> statements, Map<String, String> arguments, List<String> relations,
                        List<Integer> errorLines) {

    static ReferenceSummary ofJson(String json) {
        JsonObject o = new Gson().fromJson(json, JsonObject.class);
        Map<String, String> statements = new TreeMap<>();
        for (JsonElement e : o.getAsJsonArray("statements")) {
            JsonObject s = e.getAsJsonObject();
            statements.put(s.get("title").getAsString(), statement(s.get("text").getAsString(), strings(s.getAsJsonArray("tags")),
                    s.get("isUsedAsPremise").getAsBoolean(), s.get("isUsedAsMainConclusion").getAsBoolean()));
        }
        Map<String, String> arguments = new TreeMap<>();
        for (JsonElement e : o.getAsJsonArray("arguments")) {
            JsonObject a = e.getAsJsonObject();
            List<String> pcs = new ArrayList<>();
            for (JsonElement p : a.getAsJsonArray("pcs")) {
                pcs.add(p.getAsJsonObject().get("role").getAsString() + ":" + p.getAsJsonObject().get("title").getAsString());
            }
            arguments.put(a.get("title").getAsString(), argument(a.get("description").getAsString(), strings(a.getAsJsonArray("tags")), pcs));
        }
        List<String> relations = new ArrayList<>(strings(o.getAsJsonArray("relations")));
        relations.sort(null);
        TreeSet<Integer> lines = new TreeSet<>();
        for (JsonElement e : o.getAsJsonArray("errors")) lines.add(e.getAsJsonObject().get("line").getAsInt());
        return new ReferenceSummary(statements, arguments, relations, List.copyOf(lines));
    }

    static ReferenceSummary of(ArgdownDocument doc) {
        Map<String, String> statements = new TreeMap<>();
        doc.statements.values().forEach(s -> statements.put(s.title, statement(s.text(), new ArrayList<>(s.tags),
                s.usedAsPremise, s.usedAsMainConclusion)));
        Map<String, String> arguments = new TreeMap<>();
        doc.arguments.values().forEach(a -> arguments.put(a.title, argument(a.description(), new ArrayList<>(a.tags),
                a.pcs.stream().map(m -> role(m.role) + ":" + m.title).toList())));
        List<String> relations = doc.relations.stream().map(r -> end(r.from) + " " + r.type.word + " " + end(r.to))
                .sorted().collect(Collectors.toCollection(ArrayList::new));
        TreeSet<Integer> lines = new TreeSet<>();
        doc.syntaxErrors.forEach(e -> lines.add(e.token().line()));
        return new ReferenceSummary(statements, arguments, relations, List.copyOf(lines));
    }

    private static String end(RelationEnd e) {
        if (e instanceof StatementClass s) return "[" + s.title + "]";
        if (e instanceof ArgumentNode a) return "<" + a.title + ">";
        return "[undefined]";
    }

    private static String role(Role r) {
        return switch (r) {
            case PREMISE -> "premise";
            case MAIN_CONCLUSION -> "main-conclusion";
            case INTERMEDIARY_CONCLUSION -> "intermediary-conclusion";
            default -> r.name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static String statement(String text, List<String> tags, boolean premise, boolean mainConclusion) {
        List<String> sorted = new ArrayList<>(tags);
        sorted.sort(null);
        return "text=" + text + " tags=" + sorted + (premise ? " premise" : "") + (mainConclusion ? " main-conclusion" : "");
    }

    private static String argument(String description, List<String> tags, List<String> pcs) {
        List<String> sorted = new ArrayList<>(tags);
        sorted.sort(null);
        return "description=" + description + " tags=" + sorted + " pcs=" + pcs;
    }

    private static List<String> strings(JsonArray a) {
        List<String> out = new ArrayList<>();
        a.forEach(e -> out.add(e.getAsString()));
        return out;
    }
}
