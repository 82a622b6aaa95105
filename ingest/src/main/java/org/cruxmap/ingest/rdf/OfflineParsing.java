package org.cruxmap.ingest.rdf;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.loader.DocumentLoader;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParserBuilder;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.util.Context;

/**
 * Keeps RDF parsing on this machine: a JSON-LD file that names a remote {@code @context} (or an
 * {@code @import}) gets an error saying so, instead of the parser fetching the address. Without
 * this, importing a file would let its author make the server send requests anywhere.
 */
public final class OfflineParsing {
    private static final DocumentLoader REFUSE = (url, options) -> {
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                "the context <" + url + "> is not loaded: Cruxmap makes no outbound requests; put the context inline in the file");
    };

    private OfflineParsing() {}

    /** The builder, set to refuse every remote document; a fresh options object per parse, since the parser sets its base on it. */
    private static RDFParserBuilder offline(RDFParserBuilder builder) {
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader(REFUSE);
        Context context = new Context();
        context.set(LangJSONLD11.JSONLD_OPTIONS, options);
        return builder.context(context);
    }

    /**
     * The builder set to refuse remote documents and to read {@code lang}; Turtle in RIOT's strict
     * mode, which holds it to the grammar: every statement and {@code @prefix}/{@code @base} ends with
     * '.', the last one too, and N3's {@code =} and bare top-level lists are refused. TriG stays
     * lenient: older exporters write {@code } .} after a graph block.
     */
    public static RDFParserBuilder apply(RDFParserBuilder builder, Lang lang) {
        return offline(builder).lang(lang).strict(RDFLanguages.sameLang(lang, Lang.TURTLE));
    }
}
