package org.cruxmap.server.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextCutTest {
    @Test
    void aLongTextIsCutAtTheLastWordBoundaryWithAnEllipsis() {
        assertEquals("larger ones shed bias faster than variance…", TextCut.cut("larger ones shed bias faster than variance, while small ones do not", 46));
        assertEquals("short enough", TextCut.cut("short enough", 46));
        assertEquals("alpha beta…", TextCut.cut("alpha beta gammadelta", 14));
    }

    @Test
    void oneVeryLongWordIsCutWhereTheLimitFalls() {
        assertEquals("abcdefghij…", TextCut.cut("abcdefghijklmnopqrstuvwxyz", 10));
        assertEquals("aaaaa…", TextCut.cut("aaaaa bbbbbbbbbbbbbbb", 10), "a space exactly half way is still a boundary");
    }

    @Test
    void aNodeKnownOnlyByItsTextIsLabelledByItsStartCutAtAWordBoundary() {
        org.apache.jena.rdf.model.Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
        String text = "Larger models shed bias faster than variance on the hardest tasks, so their errors look more like industrial accidents";
        org.apache.jena.rdf.model.Resource r = m.createResource(org.cruxmap.ontology.CM.ID_BASE + "statement/x")
                .addProperty(org.cruxmap.ontology.CM.text, text);
        assertEquals("Larger models shed bias faster than variance on the hardest tasks, so their…", NodeRef.label(r));
        assertEquals(TextCut.cut(text, NodeRef.TEXT_LABEL_CHARS), NodeRef.label(r), "the label search gives it");
    }
}
