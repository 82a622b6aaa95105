package org.cruxmap.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    private static Model ontology() {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(CM.ontology()).lang(Lang.TURTLE).parse(m);
        return m;
    }

    /** Every cm: IRI the .ttl declares as a subject with an rdf:type. */
    private static Set<String> declaredInTtl(Model m) {
        Set<String> out = new TreeSet<>();
        m.listSubjectsWithProperty(RDF.type).forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(CM.NS) && s.getURI().length() > CM.NS.length()) {
                out.add(s.getURI());
            }
        });
        return out;
    }

    /** Every Resource or Property constant of the CM class. */
    private static Set<String> declaredInJava() throws IllegalAccessException {
        Set<String> out = new TreeSet<>();
        for (Field f : CM.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers()) && Resource.class.isAssignableFrom(f.getType())) {
                out.add(((Resource) f.get(null)).getURI());
            }
        }
        return out;
    }

    @Test
    void everyTermOfTheTtlHasAConstantAndEveryConstantIsInTheTtl() throws Exception {
        Set<String> ttl = declaredInTtl(ontology());
        Set<String> java = declaredInJava();
        Set<String> missingInJava = new TreeSet<>(ttl);
        missingInJava.removeAll(java);
        Set<String> missingInTtl = new TreeSet<>(java);
        missingInTtl.removeAll(ttl);
        assertEquals(Set.of(), missingInJava, "declared in cruxmap.ttl but not in CM.java");
        assertEquals(Set.of(), missingInTtl, "constant in CM.java but not declared in cruxmap.ttl");
    }

    @Test
    void everyTermHasAnEnglishLabelAndComment() {
        Model m = ontology();
        List<String> bare = new ArrayList<>();
        for (String iri : declaredInTtl(m)) {
            Resource r = m.getResource(iri);
            if (!r.hasProperty(RDFS.label) || !r.hasProperty(RDFS.comment)) bare.add(iri);
        }
        assertEquals(List.of(), bare, "terms without rdfs:label or rdfs:comment");
    }

    @Test
    void classesAndPropertiesAreTypedAsTheConstantListsSay() {
        Model m = ontology();
        for (Resource c : CM.CLASSES) assertTrue(m.contains(c, RDF.type, OWL.Class), c + " is an owl:Class");
        for (Resource p : CM.PROPERTIES) {
            Resource r = m.getResource(p.getURI());
            assertTrue(r.hasProperty(RDF.type, OWL.ObjectProperty) || r.hasProperty(RDF.type, OWL.DatatypeProperty),
                    p + " is an owl:ObjectProperty or owl:DatatypeProperty");
        }
        for (Resource s : CM.STATUSES) assertTrue(m.contains(s, RDF.type, CM.Status), s + " is a cm:Status");
    }

    @Test
    void theStatementClassesAlignWithAifAndSchemaOrg() {
        Model m = ontology();
        assertTrue(m.contains(CM.Statement, RDFS.subClassOf, m.getResource("http://www.arg.dundee.ac.uk/aif#I-node")));
        assertTrue(m.contains(CM.Claim, RDFS.subClassOf, m.getResource("https://schema.org/Claim")));
        assertTrue(m.contains(CM.Quote, RDFS.subClassOf, m.getResource("http://www.w3.org/ns/oa#SpecificResource")));
        assertTrue(m.contains(CM.Person, RDFS.subClassOf, m.getResource("http://xmlns.com/foaf/0.1/Person")));
    }
}
