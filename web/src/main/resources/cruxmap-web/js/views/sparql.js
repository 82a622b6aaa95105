// SPARQL: examples, results linking IRIs to node pages, CSV and JSON, errors by line.
import {h, replace, append, empty, downloadButton, nodeHref, focusHeading, countLine, plural, table, option, alertBox, loading} from '../dom.js';
import {request} from '../api.js';

const ID_BASE = 'https://w3id.org/cruxmap/id/';
const PREFIXES = `PREFIX cm: <https://w3id.org/cruxmap/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
`;

const EXAMPLES = [
  ['Every crux and whom it is a crux for', `SELECT ?crux ?label ?forWhom ?belief WHERE {
  ?a a cm:CruxAssertion ; cm:crux ?crux ; cm:isCrux true .
  OPTIONAL { ?a cm:agent ?forWhom }
  OPTIONAL { ?a cm:cruxFor ?belief }
  ?crux rdfs:label ?label .
} ORDER BY ?label`],
  ['Claims with the people who hold them', `SELECT ?claim ?label ?holder WHERE {
  ?claim a cm:Claim ; rdfs:label ?label .
  OPTIONAL { ?claim cm:heldBy ?holder }
} ORDER BY ?label LIMIT 100`],
  ['What attacks what', `SELECT ?attacker ?a ?target ?t WHERE {
  ?attacker cm:attacks ?target .
  OPTIONAL { ?attacker rdfs:label ?a }
  OPTIONAL { ?target rdfs:label ?t }
}`],
  ['Evidence for and against, with its source', `SELECT ?evidence ?label ?relation ?target ?source WHERE {
  ?evidence a cm:Evidence ; rdfs:label ?label .
  { ?evidence cm:isEvidenceFor ?target BIND("for" AS ?relation) }
  UNION { ?evidence cm:isEvidenceAgainst ?target BIND("against" AS ?relation) }
  OPTIONAL { ?evidence cm:source ?source }
}`],
  ['Statements not yet verified', `SELECT ?s ?label ?status WHERE {
  ?s a cm:Statement ; cm:status ?status .
  FILTER(?status != cm:verified)
  OPTIONAL { ?s rdfs:label ?label }
} ORDER BY ?status ?label`],
  ['Exact quotes and where they sit in their source', `SELECT ?statement ?exact ?source ?start ?end WHERE {
  ?statement cm:quote ?q .
  ?q cm:exact ?exact ; cm:source ?source ; cm:start ?start ; cm:end ?end .
} ORDER BY ?source ?start`],
  ['How many of each kind of node', `SELECT ?class (COUNT(?s) AS ?n) WHERE {
  ?s a ?class . FILTER(STRSTARTS(STR(?class), STR(cm:)))
} GROUP BY ?class ORDER BY DESC(?n)`],
].map(([title, q]) => [title, PREFIXES + q]);

/** #/sparql?query=<text> */
export async function sparqlView(root, r, ctx) {
  const editor = h('textarea', {id: 'sparql-query', class: 'code', rows: 12, spellcheck: 'false', autocapitalize: 'off', 'aria-describedby': 'sparql-help'});
  editor.value = r.params.get('query') || EXAMPLES[0][1];
  const examples = h('select', {id: 'sparql-example', onchange: () => { if (examples.value) { editor.value = EXAMPLES[examples.value][1]; editor.focus(); } }},
    option('', 'Choose an example…'), EXAMPLES.map(([title], i) => option(i, title)));
  const out = h('section', {class: 'sparql-out', 'aria-label': 'Results', 'aria-live': 'polite'});
  const runButton = h('button', {type: 'submit', class: 'primary'}, 'Run query');
  const run = async push => {
    const q = editor.value, hash = '#/sparql?query=' + encodeURIComponent(q);
    if (push && location.hash !== hash) history.pushState(null, '', hash);
    runButton.disabled = true;
    replace(out, loading(null, 'Running…'));
    const t0 = performance.now();
    try {
      const res = await request('/sparql', {method: 'POST', body: q,
        headers: {'Content-Type': 'application/sparql-query', Accept: 'application/sparql-results+json, text/turtle;q=0.5'}});
      if (ctx.isCurrent()) showResults(out, res, performance.now() - t0);
    } catch (e) {
      if (ctx.isCurrent()) showError(out, e, editor);
    }
    runButton.disabled = false;
  };
  const form = h('form', {class: 'sparql-form', onsubmit: ev => { ev.preventDefault(); run(true); }},
    h('div', 'row', h('label', {for: 'sparql-example'}, 'Examples'), examples),
    h('label', {for: 'sparql-query'}, 'Query'), editor,
    h('p', {id: 'sparql-help', class: 'muted'}, 'SPARQL 1.1 over the union of all graphs. Ctrl+Enter runs the query. Node IRIs in the results link to their pages.'),
    h('p', 'actions', runButton));
  append(root, h('h1', null, 'SPARQL'), form, out);
  editor.addEventListener('keydown', ev => { if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); run(true); } });
  if (r.params.get('query')) return run(false);
  replace(out, empty('Pick an example or write a query, then run it.'));
  focusHeading(root);
}

function showResults(out, res, ms) {
  if (typeof res === 'string') {
    return replace(out, h('p', 'count', 'Graph result.'), h('pre', 'code', res),
      h('p', 'actions', downloadButton('Download Turtle', 'cruxmap-result.ttl', 'text/turtle', () => res)));
  }
  if (typeof res?.boolean === 'boolean') return replace(out, countLine('ASK: ' + (res.boolean ? 'yes (true)' : 'no (false)')));
  const vars = res?.head?.vars || [], rows = res?.results?.bindings || [];
  replace(out,
    countLine(`${plural(rows.length, 'row')} in ${Math.round(ms)} ms.`),
    h('p', 'actions',
      downloadButton('Download CSV', 'cruxmap-result.csv', 'text/csv', () => toCsv(vars, rows)),
      downloadButton('Download JSON', 'cruxmap-result.srj', 'application/sparql-results+json', () => JSON.stringify(res, null, 2))),
    rows.length ? table('results-table', vars.map(v => '?' + v), rows.map(b => h('tr', null, vars.map(v => h('td', null, cell(b[v]))))),
      h('caption', 'visually-hidden', 'Query results')) : empty('No rows.'));
}

function cell(term) {
  if (!term) return h('span', 'unbound', '—');
  const v = term.value;
  if (term.type === 'bnode') return h('span', 'bnode', '_:' + v);
  if (term.type !== 'uri') return h('span', {class: 'literal', title: term.datatype || term['xml:lang'] || ''}, v);
  const id = v.startsWith(ID_BASE) && v.slice(ID_BASE.length);
  if (id) return h('a', {href: nodeHref(id), title: v}, id);
  const known = KNOWN.find(([ns]) => v.startsWith(ns));
  return h('span', {class: 'iri', title: v}, known ? known[1] + v.slice(known[0].length) : '<' + v + '>');
}

const KNOWN = [['https://w3id.org/cruxmap/ns#', 'cm:'], ['http://www.w3.org/2000/01/rdf-schema#', 'rdfs:'],
  ['http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'rdf:'], ['http://xmlns.com/foaf/0.1/', 'foaf:'], ['http://www.w3.org/ns/prov#', 'prov:']];

/** SPARQL 1.1 Query Results CSV: values only, quoted when they hold a comma, quote or newline. */
function toCsv(vars, rows) {
  const field = s => /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  const value = t => t ? (t.type === 'bnode' ? '_:' : '') + t.value : '';
  return [vars, ...rows.map(b => vars.map(v => value(b[v])))].map(r => r.map(field).join(',') + '\r\n').join('');
}

function showError(out, e, editor) {
  const b = e.body || {};
  const line = b.line, col = Math.max(1, b.column || 1);
  const box = replace(out, alertBox(e.status === 400 ? 'The query has an error. ' : 'The query failed. ',
    Number.isInteger(line) ? `Line ${line}${Number.isInteger(b.column) ? ', column ' + b.column : ''}: ` : '', b.detail || e.detail || e.message)).firstChild;
  if (!Number.isInteger(line)) return;
  const lines = editor.value.split('\n');
  const pos = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + col - 1;
  editor.focus();
  editor.setSelectionRange(pos, Math.min(editor.value.length, pos + 1));
  box.append(h('pre', {class: 'code error-line', 'aria-label': 'The line with the error'}, (lines[line - 1] ?? '') + '\n' + ' '.repeat(col - 1) + '^'));
}
