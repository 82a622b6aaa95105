package org.cruxmap.server.index;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryBuildException;
import org.apache.jena.query.QueryExecException;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropFuncArgType;
import org.apache.jena.sparql.pfunction.PropertyFunctionBase;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;
import org.cruxmap.ontology.CM;

/**
 * {@code cm:search}: full-text search from SPARQL, backed by the store's {@link SearchIndex}.
 * <pre>
 *   ?node cm:search "variance bias" .
 *   (?node ?score) cm:search "variance bias" .
 *   (?node ?score) cm:search ("variance bias" 20) .     # at most 20 hits (default 1000)
 * </pre>
 * Hits bind ?node to the node's IRI and ?score to its relevance (xsd:double), best first; a bound
 * ?node keeps only that node. The index is the one registered in the dataset's context.
 */
public final class SearchPropertyFunction extends PropertyFunctionBase {
    /** Hits when the query names no limit. */
    static final int DEFAULT_LIMIT = 1000;

    public SearchPropertyFunction() { super(PropFuncArgType.PF_ARG_EITHER, PropFuncArgType.PF_ARG_EITHER); }

    /** Registers cm:search with Jena's global property-function registry (idempotent). */
    public static synchronized void register() {
        PropertyFunctionRegistry r = PropertyFunctionRegistry.get();
        if (r.get(CM.search.getURI()) == null) r.put(CM.search.getURI(), SearchPropertyFunction.class);
    }

    @Override
    public void build(PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        super.build(subject, predicate, object, cxt);
        if (subject.isList() && (subject.getArgListSize() < 1 || subject.getArgListSize() > 2)) {
            throw new QueryBuildException("cm:search: the subject is ?node or (?node ?score)");
        }
        if (object.isList() && (object.getArgListSize() < 1 || object.getArgListSize() > 2)) {
            throw new QueryBuildException("cm:search: the object is \"query\" or (\"query\" limit)");
        }
    }

    @Override
    public QueryIterator exec(Binding binding, PropFuncArg subject, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        Object found = cxt.getContext().get(SearchIndex.CONTEXT_KEY);
        if (!(found instanceof SearchIndex index)) {
            throw new QueryExecException("cm:search needs the search index, and this dataset has none open");
        }
        Node queryNode = resolve(object.isList() ? object.getArg(0) : object.getArg(), binding);
        if (queryNode == null || !queryNode.isLiteral()) throw new QueryExecException("cm:search: the query must be a string");
        int limit = DEFAULT_LIMIT;
        if (object.isList() && object.getArgListSize() == 2) {
            Node l = resolve(object.getArg(1), binding);
            if (l == null || !l.isLiteral() || !(l.getLiteralValue() instanceof Number n)) {
                throw new QueryExecException("cm:search: the limit must be a number");
            }
            limit = Math.max(1, Math.min(n.intValue(), 100_000));
        }
        Node nodeArg = subject.isList() ? subject.getArg(0) : subject.getArg();
        Node scoreArg = subject.isList() && subject.getArgListSize() == 2 ? subject.getArg(1) : null;
        Node boundNode = resolve(nodeArg, binding);
        Node boundScore = scoreArg == null ? null : resolve(scoreArg, binding);

        List<Binding> out = new ArrayList<>();
        for (Searching.Match m : index.matches(queryNode.getLiteralLexicalForm(), limit)) {
            Node iri = NodeFactory.createURI(m.iri());
            Node score = NodeFactory.createLiteralDT(Double.toString(m.score()), XSDDatatype.XSDdouble);
            if (boundNode != null && !boundNode.isVariable() && !boundNode.equals(iri)) continue;
            BindingBuilder b = BindingFactory.builder(binding);
            if (nodeArg.isVariable() && !binding.contains(Var.alloc(nodeArg))) b.add(Var.alloc(nodeArg), iri);
            if (scoreArg != null && scoreArg.isVariable() && !binding.contains(Var.alloc(scoreArg))) b.add(Var.alloc(scoreArg), score);
            else if (boundScore != null && !boundScore.isVariable() && !boundScore.sameValueAs(score)) continue;
            out.add(b.build());
        }
        return QueryIterPlainWrapper.create(out.iterator(), cxt);
    }

    private static Node resolve(Node n, Binding binding) {
        if (n == null) return null;
        if (n.isVariable()) {
            Node v = binding.get(Var.alloc(n));
            return v == null ? n : v;
        }
        return n;
    }
}
