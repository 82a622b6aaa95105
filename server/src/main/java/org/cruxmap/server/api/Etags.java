package org.cruxmap.server.api;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import org.cruxmap.server.store.Store;

/**
 * ETags on GET routes, keyed by the store's change counter: an answer can only change when the
 * counter moves, so a client that sends back the ETag gets 304 instead of the body again. The tag is
 * read before the handler runs (so it never names a later state than the answer), and the 304 is
 * decided after it: a request that would be an error is answered as that error, whatever tag it
 * sends (RFC 9110, 13.2.1), and an error carries no ETag.
 */
final class Etags {
    private static final String TAG = "cruxmap.etag";

    private Etags() {}

    /** The current ETag of GET answers. */
    static String current(Store store) { return "W/\"c" + store.changeCounter() + "\""; }

    /** Before a GET: note the current tag (a remote store checks for changes first). */
    static void before(Context ctx, Store store) {
        if (!ctx.method().name().equals("GET") && !ctx.method().name().equals("HEAD")) return;
        store.sync();
        ctx.attribute(TAG, current(store));
    }

    /** For an answer that the same version of the store may answer differently next time (work left for later): no tag, no caching. */
    static void untagged(Context ctx) {
        ctx.attribute(TAG, null);
        ctx.header("Cache-Control", "no-store");
    }

    /** After a GET: tag a successful answer, or turn it into 304 when the client's copy is current. */
    static void after(Context ctx) {
        String tag = ctx.attribute(TAG);
        if (tag == null || ctx.statusCode() < 200 || ctx.statusCode() >= 300) return;
        ctx.header("ETag", tag);
        ctx.header("Cache-Control", "no-cache");
        String inm = ctx.header("If-None-Match");
        if (inm != null && matches(inm, tag)) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            ctx.result("");
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
