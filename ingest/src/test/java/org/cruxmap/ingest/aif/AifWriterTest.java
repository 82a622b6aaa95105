package org.cruxmap.ingest.aif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.vocabulary.RDF;
import org.cruxmap.ingest.Format;
import org.cruxmap.ingest.Ingest;
import org.cruxmap.ingest.ReadContext;
import org.cruxmap.ingest.ReadResult;
import org.cruxmap.ontology.CM;
import org.junit.jupiter.api.Test;

/** Exporting models that did not come from AIF (as an Argdown map gives them). */
class AifWriterTest {
    private static final String MAP = """
            @prefix cm: <https://w3id.org/cruxmap/ns#> .
            @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            @prefix : <https://w3id.org/cruxmap/id/statement/> .
            :scales a cm:Claim ; rdfs:label "Coherence scales" ; cm:text "Coherence scales with capability." ; cm:status cm:secondary .
            :danger a cm:Crux ; rdfs:label "Danger" ; cm:text "Coherent agents are dangerous." ; cm:status cm:unverified .
            :hot-mess a cm:Evidence ; rdfs:label "Hot mess" ; cm:status cm:verified .
            :scales cm:supports :danger .
            :hot-mess cm:attacks :scales .
            :hot-mess cm:isCruxFor :danger .
            """;

    @Test
    void relationsWithoutAnArgumentOrAnSNodeGetOneOfTheirOwnAndCruxesAreLeftOut() {
        Model m = ModelFactory.createDefaultModel().read(new StringReader(MAP), null, "TTL");
        JsonObject aif = JSON.parse(AifWriter.write(m));
        List<String> types = aif.get("nodes").getAsArray().stream()
                .map(n -> n.getAsObject().get("type").getAsString().value()).sorted().toList();
        assertEquals(List.of("CA", "I", "I", "I", "RA"), types);
        assertEquals(4, aif.get("edges").getAsArray().size());
        JsonValue scales = aif.get("nodes").getAsArray().stream()
                .filter(n -> n.getAsObject().get("text").getAsString().value().equals("Coherence scales with capability."))
                .findFirst().orElseThrow();
        assertEquals("secondary", scales.getAsObject().get("status").getAsString().value());

        ReadResult back = Ingest.standard().read(AifWriter.write(m).getBytes(StandardCharsets.UTF_8), Format.AIF, ReadContext.of("map.json"));
        assertEquals(List.of(), back.errors());
        Model b = back.model();
        assertEquals(1, b.listSubjectsWithProperty(RDF.type, CM.Argument).toList().size());
        assertEquals(1, b.listStatements(null, CM.supports, (RDFNode) null).toList().size());
        assertEquals(1, b.listStatements(null, CM.attacks, (RDFNode) null).toList().size());
        assertTrue(b.listStatements(null, CM.isCruxFor, (RDFNode) null).toList().isEmpty());
        assertEquals(1, b.listStatements(null, CM.status, CM.verified).toList().size(), "the statuses travel with the export");
        assertTrue(b.listObjectsOfProperty(CM.text).toList().stream().anyMatch(t -> t.asLiteral().getString().equals("Hot mess")),
                "a statement with a label only is exported with its label as text");
    }
}
