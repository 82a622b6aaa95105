package org.cruxmap.server.api;

import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

/** Reads query parameters; a bad one is a 400 that names it. */
final class Params {
    private Params() {}

    /** An integer parameter in [min, max], or the default when absent. */
    static int integer(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) throw ApiError.badRequest("bad parameter: " + name, name + " must be between " + min + " and " + max + ", got " + n);
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("bad parameter: " + name, name + " must be a whole number, got '" + shorten(v) + "'");
        }
    }

    /** A comma-separated or repeated parameter, each value mapped (a value the mapper rejects is a 400). */
    static <T> Set<T> set(Context ctx, String name, Function<String, java.util.Optional<T>> mapper, String allowed) {
        Set<T> out = new LinkedHashSet<>();
        for (String raw : ctx.queryParams(name)) {
            for (String v : raw.split(",")) {
                if (v.isBlank()) continue;
                T t = mapper.apply(v.strip()).orElseThrow(() -> ApiError.badRequest("bad parameter: " + name,
                        "unknown value '" + shorten(v.strip()) + "'; allowed: " + allowed));
                out.add(t);
            }
        }
        return out;
    }

    static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 80) + "…";
    }
}
