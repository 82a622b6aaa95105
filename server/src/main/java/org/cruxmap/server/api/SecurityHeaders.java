package org.cruxmap.server.api;

import io.javalin.http.Context;

/** Headers every answer carries: no sniffing, no framing, no referrer, and a strict CSP for the viewer. */
final class SecurityHeaders {
    /** Only the server's own scripts, styles, images and API: no inline script, nothing from outside. */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; "
            + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    private SecurityHeaders() {}

    static void apply(Context ctx, String corsOrigin) {
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Content-Security-Policy", CSP);
        if (corsOrigin != null) {
            ctx.header("Access-Control-Allow-Origin", corsOrigin);
            ctx.header("Vary", "Origin");
        }
    }
}
