package org.cruxmap.ingest.argdown;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * YAML data in Argdown: {@code {key: value}} after a statement, argument, heading or inference
 * (inline, or as a block when the brace ends its line) and {@code ===} front matter. Parsed with
 * SnakeYAML's safe constructor and bounded nesting; a YAML error stops the model where the reference
 * stops its own, and becomes a diagnostic.
 */
final class YamlData {
    private static final Pattern BLOCK_START = Pattern.compile("^\\{[ \\t]*(\\n\\r|\\n)");
    private static final Pattern BLOCK_END = Pattern.compile("}\\s*$");
    private static final Pattern FRONT_START = Pattern.compile("^\\s*={3,}");
    private static final Pattern FRONT_END = Pattern.compile("={3,}\\s*$");

    private YamlData() {}

    /** A YAML loader with Argdown's limits; reusable, not thread-safe. */
    static Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(40);
        options.setAllowDuplicateKeys(true);
        return new Yaml(new SafeConstructor(options));
    }

    /** The value of a Data token; a YAML error aborts the walk as in the reference. */
    static Object parseDataToken(Token token, Yaml yaml, ArgdownDocument doc) {
        String s = token.image();
        var m = BLOCK_START.matcher(s);
        if (m.find()) s = BLOCK_END.matcher(s.substring(m.end())).replaceFirst("");
        return load(s, yaml, token, doc);
    }

    /** The value of the front matter. */
    static Object parseFrontMatter(Token token, Yaml yaml, ArgdownDocument doc) {
        String s = FRONT_END.matcher(FRONT_START.matcher(token.image()).replaceFirst("")).replaceFirst("");
        return load(s, yaml, token, doc);
    }

    private static Object load(String s, Yaml yaml, Token token, ArgdownDocument doc) {
        try {
            return normalise(yaml.load(s));
        } catch (RuntimeException | StackOverflowError e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            doc.dataErrors.add(new ArgdownParser.SyntaxError(token, "invalid YAML data: " + message));
            throw new ModelBuilder.Abort("invalid YAML data", true, token.line());
        }
    }

    /** Turns dates into ISO strings and map keys into strings, so data is plain JSON-like values. */
    private static Object normalise(Object v) {
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, val) -> out.put(String.valueOf(k), normalise(val)));
            return out;
        }
        if (v instanceof List<?> list) return list.stream().map(YamlData::normalise).toList();
        if (v instanceof Date d) return d.toInstant().toString();
        if (v instanceof byte[] b) return new String(b, java.nio.charset.StandardCharsets.UTF_8);
        return v;
    }

    /** The data as a map, or null when it is not one. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> asStringMap(Object data) {
        return data instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
    }

    /** Deep merge, later values winning, as lodash's merge does for plain objects. */
    static Map<String, Object> merge(Map<String, Object> into, Map<String, Object> from) {
        Map<String, Object> out = into == null ? new LinkedHashMap<>() : new LinkedHashMap<>(into);
        from.forEach((k, v) -> {
            Object old = out.get(k);
            if (old instanceof Map<?, ?> om && v instanceof Map<?, ?> vm) {
                out.put(k, merge(asStringMap(om), asStringMap(vm)));
            } else if (v != null || !out.containsKey(k)) {
                out.put(k, v);
            }
        });
        return out;
    }
}
