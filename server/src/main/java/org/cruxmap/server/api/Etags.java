package org.cruxmap.server.api;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.cruxmap.server.store.Store;

/**
 * ETags on GET routes, keyed by the store's change counter: an answer can only change when the
 * counter moves, so a client that sends back the ETag gets 304 without the work being redone.
 */
final class Etags {
    private Etags() {}

    /** The current ETag of GET answers. */
    static String current(Store store) { return "W/\"c" + store.changeCounter() + "\""; }

    /** Before a GET: answer 304 when the client's copy is current, else tag the answer. A remote store checks for changes first. */
    static void before(Context ctx, Store store) {
        if (!ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD")) return;
        store.sync();
        String tag = current(store);
        ctx.header("ETag", tag);
        ctx.header("Cache-Control", "no-cache");
        String inm = ctx.header("If-None-Match");
        if (inm != null && matches(inm, tag)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            ctx.skipRemainingHandlers();
        }
    }

    private static boolean matches(String header, String tag) {
        for (String t : header.split(",")) {
            String s = t.strip();
            if (s.equals("*") || s.equals(tag) || s.equals(tag.substring(2))) return true;
        }
        return false;
    }
}
