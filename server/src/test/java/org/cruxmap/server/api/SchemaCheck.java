package org.cruxmap.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/** A small JSON Schema checker for the parts OpenAPI 3.1 documents use: type, required, properties, items, $ref, oneOf. */
final class SchemaCheck {
    private final JsonNode document;

    SchemaCheck(JsonNode openApi) { this.document = openApi; }

    /** Every place where the value does not fit the schema, as "path: problem". */
    List<String> problems(JsonNode value, JsonNode schema) {
        List<String> out = new ArrayList<>();
        check(value, schema, "$", out);
        return out;
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            schema = document.at(ref.substring(1));
        }
        return schema;
    }

    private void check(JsonNode v, JsonNode unresolved, String path, List<String> out) {
        JsonNode schema = resolve(unresolved);
        if (schema.has("oneOf")) {
            int fits = 0;
            for (JsonNode alt : schema.get("oneOf")) if (problems(v, alt).isEmpty()) fits++;
            if (fits != 1) out.add(path + ": fits " + fits + " of the oneOf alternatives");
            return;
        }
        if (schema.has("type") && !typeFits(v, schema.get("type"))) {
            out.add(path + ": expected " + schema.get("type") + ", got " + v.getNodeType());
            return;
        }
        if (v.isObject()) {
            for (JsonNode req : schema.path("required")) {
                if (!v.has(req.asText())) out.add(path + ": missing required " + req.asText());
            }
            var props = schema.path("properties");
            v.fieldNames().forEachRemaining(f -> {
                if (props.has(f)) check(v.get(f), props.get(f), path + "." + f, out);
                else if (schema.has("additionalProperties")) check(v.get(f), schema.get("additionalProperties"), path + "." + f, out);
                else if (props.size() > 0) out.add(path + ": undocumented property " + f);
            });
        }
        if (v.isArray() && schema.has("items")) {
            for (int i = 0; i < v.size(); i++) check(v.get(i), schema.get("items"), path + "[" + i + "]", out);
        }
    }

    private static boolean typeFits(JsonNode v, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) if (typeFits(v, t)) return true;
            return false;
        }
        return switch (type.asText()) {
            case "object" -> v.isObject();
            case "array" -> v.isArray();
            case "string" -> v.isTextual();
            case "integer" -> v.isIntegralNumber();
            case "number" -> v.isNumber();
            case "boolean" -> v.isBoolean();
            case "null" -> v.isNull();
            default -> true;
        };
    }
}
