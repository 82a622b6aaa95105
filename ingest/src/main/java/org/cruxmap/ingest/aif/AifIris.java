package org.cruxmap.ingest.aif;

import java.nio.charset.StandardCharsets;
import org.cruxmap.ingest.text.Slug;

/**
 * IRIs of the nodes of one AIF file: {@code {base}aif/{file-slug}/{nodeID}}, so two files never
 * collide. Node IDs are percent-encoded (everything but letters, digits, '-', '_' and '~'), so the
 * other kinds below a file, {@code person/...} and {@code {S-node}/{from}/{to}}, never meet a node.
 */
public record AifIris(String base, String fileSlug) {

    /** The IRIs for a file read with that IRI base. */
    public static AifIris of(String base, String fileName) {
        return new AifIris(base, Slug.of(Slug.baseName(fileName)));
    }

    /** Where this file's nodes live. */
    public String prefix() { return base + "aif/" + fileSlug + "/"; }

    /** The IRI of a node. */
    public String node(String nodeId) { return prefix() + encode(nodeId); }

    /** The IRI of the relation an S-node makes between one of its sources and one of its targets. */
    public String relation(String sNodeId, String fromId, String toId) {
        return node(sNodeId) + "/" + encode(fromId) + "/" + encode(toId);
    }

    /** The IRI of a speaker, by name. */
    public String person(String name) { return prefix() + "person/" + Slug.of(name); }

    /** Percent-encodes all but ASCII letters, digits, '-', '_' and '~'. */
    static String encode(String id) {
        StringBuilder b = new StringBuilder();
        for (byte x : id.getBytes(StandardCharsets.UTF_8)) {
            int c = x & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '~') {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return b.isEmpty() ? "%20" : b.toString();
    }
}
