package org.cruxmap.server.api;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Request bodies for the SPARQL routes: read within the size limit, media type and charset, UTF-8 forms. */
final class HttpBodies {
    private HttpBodies() {}

    /** The body, refusing with 413 when it is larger than max bytes (chunked bodies included). */
    static byte[] read(Context ctx, long max) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > max) throw tooLarge(max);
        try (InputStream in = ctx.req().getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : 1024);
            byte[] buf = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(buf)) > 0; ) {
                total += n;
                if (total > max) throw tooLarge(max);
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw ApiError.badRequest("cannot read the request body", e.getMessage());
        }
    }

    private static ApiError tooLarge(long max) {
        return new ApiError(413, "request body too large", "the limit is " + max + " bytes (serve --max-request-bytes)");
    }

    /** The media type of the request without parameters, lower case; null when there is none. */
    static String mediaType(Context ctx) {
        String ct = ctx.header("Content-Type");
        if (ct == null || ct.isBlank()) return null;
        int semi = ct.indexOf(';');
        return (semi < 0 ? ct : ct.substring(0, semi)).trim().toLowerCase(Locale.ROOT);
    }

    /** The charset parameter of the request's Content-Type; null when there is none. */
    static String charset(Context ctx) {
        String ct = ctx.header("Content-Type");
        if (ct == null) return null;
        for (String p : ct.split(";")) {
            String t = p.trim();
            if (t.regionMatches(true, 0, "charset=", 0, 8)) return t.substring(8).replace("\"", "").trim();
        }
        return null;
    }

    /** Refuses (415) a body declared in a charset other than UTF-8. */
    static void requireUtf8(Context ctx) {
        String cs = charset(ctx);
        if (cs != null && !cs.equalsIgnoreCase("utf-8") && !cs.equalsIgnoreCase("utf8")) {
            throw new ApiError(415, "unsupported charset", "SPARQL bodies must be UTF-8, not " + cs);
        }
    }

    /** The body as UTF-8 text; a 400 when it is not valid UTF-8. */
    static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException e) {
            throw ApiError.badRequest("the body is not UTF-8", "SPARQL requests must be encoded in UTF-8");
        }
    }

    /** An application/x-www-form-urlencoded body as name -> values. */
    static Map<String, List<String>> form(String body) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (body.isEmpty()) return out;
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) continue;
            int eq = pair.indexOf('=');
            try {
                String k = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String v = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                out.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(v);
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("malformed form body", "cannot decode '" + pair + "'");
            }
        }
        return out;
    }

    /** The address of this endpoint as the client used it, without query string. */
    static String endpoint(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || host.isBlank()) host = ctx.req().getServerName() + ":" + ctx.req().getServerPort();
        return ctx.scheme() + "://" + host + ctx.path();
    }
}
