package org.cruxmap.server.sparql;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/** The SPARQL 1.1 Service Description of the endpoint (the {@code sd:} vocabulary), answered on GET /sparql with no query. */
public final class ServiceDescription {
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    private static final String FORMATS = "http://www.w3.org/ns/formats/";

    private ServiceDescription() {}

    /** The description of the service at this endpoint address. */
    public static Model of(String endpoint) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefix("sd", SD);
        m.setNsPrefix("formats", FORMATS);
        m.setNsPrefix("dct", DCTerms.NS);
        Resource service = m.createResource();
        service.addProperty(RDF.type, m.createResource(SD + "Service"));
        service.addProperty(p(m, "endpoint"), m.createResource(endpoint));
        service.addProperty(DCTerms.title, "Cruxmap SPARQL endpoint");
        service.addProperty(p(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Query"));
        service.addProperty(p(m, "supportedLanguage"), m.createResource(SD + "SPARQL11Update"));
        service.addProperty(p(m, "feature"), m.createResource(SD + "UnionDefaultGraph"));
        service.addProperty(p(m, "feature"), m.createResource(SD + "EmptyGraphs"));
        service.addProperty(p(m, "defaultEntailmentRegime"), m.createResource("http://www.w3.org/ns/entailment/Simple"));
        for (String f : new String[] {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                "Turtle", "N-Triples", "JSON-LD", "RDF_XML", "TriG", "N-Quads"}) {
            service.addProperty(p(m, "resultFormat"), m.createResource(FORMATS + f));
        }
        for (String f : new String[] {"Turtle", "N-Triples", "JSON-LD", "RDF_XML", "TriG", "N-Quads"}) {
            service.addProperty(p(m, "inputFormat"), m.createResource(FORMATS + f));
        }
        Resource dataset = m.createResource().addProperty(RDF.type, m.createResource(SD + "Dataset"));
        Resource defaultGraph = m.createResource().addProperty(RDF.type, m.createResource(SD + "Graph"));
        defaultGraph.addProperty(DCTerms.description,
                "the union of all named graphs; updates to the default graph write <" + StoreView.DEFAULT_GRAPH + ">");
        dataset.addProperty(p(m, "defaultGraph"), defaultGraph);
        service.addProperty(p(m, "defaultDataset"), dataset);
        return m;
    }

    private static Property p(Model m, String local) { return m.createProperty(SD + local); }
}
