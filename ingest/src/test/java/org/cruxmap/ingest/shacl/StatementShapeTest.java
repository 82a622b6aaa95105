package org.cruxmap.ingest.shacl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.cruxmap.ingest.Diagnostic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The statement shape: a statement is exactly one of cm:Claim, cm:Crux, cm:Evidence, however it is typed. */
class StatementShapeTest {
    private static final String MESSAGE = "<https://w3id.org/cruxmap/id/statement/s>: a statement must be exactly one of cm:Claim, cm:Crux, cm:Evidence";

    @ParameterizedTest(name = "typed {0}: {1} violation(s)")
    @CsvSource({
        "'cm:Statement', 1",
        "'cm:Claim', 0",
        "'cm:Crux', 0",
        "'cm:Evidence', 0",
        "'cm:Statement, cm:Evidence', 0",
        "'cm:Claim, cm:Crux', 1",
        "'cm:Crux, cm:Evidence', 1",
        "'cm:Claim, cm:Evidence', 1",
        "'cm:Claim, cm:Crux, cm:Evidence', 1",
    })
    void aStatementOfNoneOrOfSeveralKindsBreaksTheShapeAndOneOfOneKindPasses(String types, int violations) {
        Model m = ModelFactory.createDefaultModel();
        m.read(new StringReader("""
                @prefix cm: <https://w3id.org/cruxmap/ns#> .
                @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
                <https://w3id.org/cruxmap/id/statement/s> a %s ; rdfs:label "A statement" ; cm:status cm:verified .
                """.formatted(types)), null, "TTL");
        List<String> messages = ShaclCheck.check(m, "s.ttl").stream().map(Diagnostic::message).toList();
        assertEquals(violations == 0 ? List.of() : List.of("shacl: " + MESSAGE), messages);
    }
}
