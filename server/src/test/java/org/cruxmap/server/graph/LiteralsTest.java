package org.cruxmap.server.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.cruxmap.ontology.CM;
import org.junit.jupiter.api.Test;

class LiteralsTest {
    private static final String SEED = CM.ID_BASE + "source/seed-comment";

    @Test
    void aValueThatOnlyRepeatsTheIdGivesWayToTheMetadatasWhicheverGraphCameFirst() {
        assertEquals("The seed comment", Literals.preferred(List.of("seed-comment", "The seed comment"), SEED));
        assertEquals("The seed comment", Literals.preferred(List.of("The seed comment", "seed-comment"), SEED));
        assertEquals("seed-comment", Literals.preferred(List.of("seed-comment"), SEED), "a placeholder is better than nothing");
        assertNull(Literals.preferred(List.of(), SEED));
    }

    @Test
    void thePlaceholderGivesWayEvenToAValueThatSortsAfterIt() {
        String iri = CM.ID_BASE + "source/a-comment";
        assertEquals("b comment", Literals.preferred(List.of("a-comment", "b comment"), iri), "a plain minimum would pick the id");
        Model m = ModelFactory.createDefaultModel();
        Resource r = m.createResource(iri).addProperty(RDFS.label, "a-comment").addProperty(RDFS.label, "b comment");
        assertEquals("b comment", NodeRef.label(r));
    }

    @Test
    void aPersonIsLabelledByNameAsSearchListsThem() {
        Model m = ModelFactory.createDefaultModel();
        Resource p = m.createResource(CM.ID_BASE + "person/anon").addProperty(org.apache.jena.vocabulary.RDF.type, CM.Person)
                .addProperty(CM.name, "Unidentified commenter").addProperty(RDFS.label, "Author of the seed comment (unidentified)");
        assertEquals("Unidentified commenter", NodeRef.label(p));
    }

    @Test
    void amongRealValuesTheFirstInCodePointOrderIsShownByEveryReader() {
        assertEquals("A title", Literals.preferred(List.of("B title", "A title"), SEED));
        Model m = ModelFactory.createDefaultModel();
        Resource r = m.createResource(SEED).addProperty(RDFS.label, "seed-comment").addProperty(RDFS.label, "The seed comment")
                .addProperty(CM.title, "seed-comment").addProperty(CM.title, "[Untitled LessWrong comment]");
        assertEquals("The seed comment", NodeRef.label(r));
        assertEquals("[Untitled LessWrong comment]", NodeReader.string(r, CM.title));
    }
}
