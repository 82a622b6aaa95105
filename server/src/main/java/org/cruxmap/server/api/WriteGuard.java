package org.cruxmap.server.api;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who may write: a request carrying {@code Authorization: Bearer TOKEN} with the configured token.
 * With no token configured every write is refused (403), unless anonymous update was allowed (loopback only).
 */
final class WriteGuard {
    private final byte[] token;
    private final boolean anonymous;

    WriteGuard(String token, boolean anonymous) {
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
        this.anonymous = anonymous;
    }

    /** Returns when the request may write; throws a 401 or 403 ApiError otherwise. */
    void check(Context ctx) {
        if (anonymous) return;
        if (token == null) {
            throw new ApiError(403, "writes are disabled",
                    "this server has no write token; start it with --token or CRUXMAP_TOKEN to allow writes");
        }
        String h = ctx.header("Authorization");
        if (h == null || !h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer realm=\"cruxmap\"");
            throw new ApiError(401, "authentication required", "writes need the header Authorization: Bearer TOKEN");
        }
        byte[] given = h.substring(7).trim().getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(given, token)) {
            throw new ApiError(403, "wrong token", "the bearer token does not match this server's write token");
        }
    }
}
