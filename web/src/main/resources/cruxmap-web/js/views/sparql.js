// SPARQL: an editor with example queries over the corpus, results as a table whose IRIs link to
// node pages, downloads as CSV and JSON, and errors shown at their line and column.
import {h, replace, append, empty, errorBox, download, nodeHref, focusHeading} from '../dom.js';
import {request, ApiError} from '../api.js';

const ID_BASE = 'https://w3id.org/cruxmap/id/';
const PREFIXES = `PREFIX cm: <https://w3id.org/cruxmap/ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
`;

/** Example queries over the corpus: a title and the query. */
export const EXAMPLES = [
  ['Every crux and whom it is a crux for', PREFIXES + `SELECT ?crux ?label ?forWhom ?belief WHERE {
  ?a a cm:CruxAssertion ; cm:crux ?crux ; cm:isCrux true .
  OPTIONAL { ?a cm:agent ?forWhom }
  OPTIONAL { ?a cm:cruxFor ?belief }
  ?crux rdfs:label ?label .
} ORDER BY ?label`],
  ['Claims with the people who hold them', PREFIXES + `SELECT ?claim ?label ?holder WHERE {
  ?claim a cm:Claim ; rdfs:label ?label .
  OPTIONAL { ?claim cm:heldBy ?holder }
} ORDER BY ?label LIMIT 100`],
  ['What attacks what', PREFIXES + `SELECT ?attacker ?a ?target ?t WHERE {
  ?attacker cm:attacks ?target .
  OPTIONAL { ?attacker rdfs:label ?a }
  OPTIONAL { ?target rdfs:label ?t }
}`],
  ['Evidence for and against, with its source', PREFIXES + `SELECT ?evidence ?label ?relation ?target ?source WHERE {
  ?evidence a cm:Evidence ; rdfs:label ?label .
  { ?evidence cm:isEvidenceFor ?target BIND("for" AS ?relation) }
  UNION { ?evidence cm:isEvidenceAgainst ?target BIND("against" AS ?relation) }
  OPTIONAL { ?evidence cm:source ?source }
}`],
  ['Statements not yet verified', PREFIXES + `SELECT ?s ?label ?status WHERE {
  ?s a cm:Statement ; cm:status ?status .
  FILTER(?status != cm:verified)
  OPTIONAL { ?s rdfs:label ?label }
} ORDER BY ?status ?label`],
  ['Exact quotes and where they sit in their source', PREFIXES + `SELECT ?statement ?exact ?source ?start ?end WHERE {
  ?statement cm:quote ?q .
  ?q cm:exact ?exact ; cm:source ?source ; cm:start ?start ; cm:end ?end .
} ORDER BY ?source ?start`],
  ['How many of each kind of node', PREFIXES + `SELECT ?class (COUNT(?s) AS ?n) WHERE {
  ?s a ?class . FILTER(STRSTARTS(STR(?class), STR(cm:)))
} GROUP BY ?class ORDER BY DESC(?n)`],
];

/** #/sparql?query=<text> */
export async function sparqlView(root, r, ctx) {
  const initial = r.params.get('query') || EXAMPLES[0][1];
  const editor = h('textarea', {id: 'sparql-query', class: 'code', rows: 12, spellcheck: 'false', autocapitalize: 'off',
    'aria-describedby': 'sparql-help'});
  editor.value = initial;
  const examples = h('select', {id: 'sparql-example'}, h('option', {value: ''}, 'Choose an example…'),
    EXAMPLES.map(([title], i) => h('option', {value: i}, title)));
  examples.addEventListener('change', () => { if (examples.value !== '') { editor.value = EXAMPLES[+examples.value][1]; editor.focus(); } });
  const out = h('section', {class: 'sparql-out', 'aria-label': 'Results', 'aria-live': 'polite'});
  const runButton = h('button', {type: 'submit', class: 'primary'}, 'Run query');
  const form = h('form', {class: 'sparql-form'},
    h('div', {class: 'row'}, h('label', {for: 'sparql-example'}, 'Examples'), examples),
    h('label', {for: 'sparql-query'}, 'Query'), editor,
    h('p', {id: 'sparql-help', class: 'muted'}, 'SPARQL 1.1 over the union of all graphs. Ctrl+Enter runs the query. Node IRIs in the results link to their pages.'),
    h('p', {class: 'actions'}, runButton));
  append(root, h('h1', null, 'SPARQL'), form, out);

  const run = async (push) => {
    const q = editor.value;
    if (push) {
      const hash = '#/sparql?query=' + encodeURIComponent(q);
      if (location.hash !== hash) history.pushState(null, '', hash);
    }
    runButton.disabled = true;
    replace(out, h('p', {class: 'state loading', role: 'status'}, 'Running…'));
    const t0 = performance.now();
    try {
      const res = await request('/sparql', {method: 'POST', body: q,
        headers: {'Content-Type': 'application/sparql-query', Accept: 'application/sparql-results+json, text/turtle;q=0.5'}});
      if (!ctx.isCurrent()) return;
      showResults(out, res, performance.now() - t0);
    } catch (e) {
      if (!ctx.isCurrent()) return;
      showError(out, e, editor);
    } finally {
      runButton.disabled = false;
    }
  };
  form.addEventListener('submit', ev => { ev.preventDefault(); run(true); });
  editor.addEventListener('keydown', ev => { if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); run(true); } });
  if (r.params.get('query')) run(false);
  else { replace(out, empty('Pick an example or write a query, then run it.')); focusHeading(root); }
}

function showResults(out, res, ms) {
  if (typeof res === 'string') {
    replace(out, h('p', {class: 'count'}, 'Graph result.'), h('pre', {class: 'code'}, res),
      h('p', {class: 'actions'}, h('button', {type: 'button', onclick: () => download(new Blob([res], {type: 'text/turtle'}), 'cruxmap-result.ttl')}, 'Download Turtle')));
    return;
  }
  if (res && typeof res.boolean === 'boolean') {
    replace(out, h('p', {class: 'count', role: 'status'}, 'ASK: ' + (res.boolean ? 'yes (true)' : 'no (false)')));
    return;
  }
  const vars = res?.head?.vars || [];
  const rows = res?.results?.bindings || [];
  const table = h('table', {class: 'results-table'},
    h('caption', {class: 'visually-hidden'}, 'Query results'),
    h('thead', null, h('tr', null, vars.map(v => h('th', {scope: 'col'}, '?' + v)))),
    h('tbody', null, rows.map(b => h('tr', null, vars.map(v => h('td', null, cell(b[v])))))));
  replace(out,
    h('p', {class: 'count', role: 'status'}, `${rows.length} ${rows.length === 1 ? 'row' : 'rows'} in ${Math.round(ms)} ms.`),
    h('p', {class: 'actions'},
      h('button', {type: 'button', onclick: () => download(new Blob([toCsv(vars, rows)], {type: 'text/csv'}), 'cruxmap-result.csv')}, 'Download CSV'), ' ',
      h('button', {type: 'button', onclick: () => download(new Blob([JSON.stringify(res, null, 2)], {type: 'application/sparql-results+json'}), 'cruxmap-result.srj')}, 'Download JSON')),
    rows.length ? h('div', {class: 'table-wrap'}, table) : empty('No rows.'));
}

function cell(term) {
  if (!term) return h('span', {class: 'unbound'}, '—');
  if (term.type === 'uri') {
    if (term.value.startsWith(ID_BASE)) return h('a', {href: nodeHref(term.value.slice(ID_BASE.length)), title: term.value}, term.value.slice(ID_BASE.length));
    return h('span', {class: 'iri', title: term.value}, shorten(term.value));
  }
  if (term.type === 'bnode') return h('span', {class: 'bnode'}, '_:' + term.value);
  return h('span', {class: 'literal', title: term.datatype || term['xml:lang'] || ''}, term.value);
}

const KNOWN = [['https://w3id.org/cruxmap/ns#', 'cm:'], ['http://www.w3.org/2000/01/rdf-schema#', 'rdfs:'],
  ['http://www.w3.org/1999/02/22-rdf-syntax-ns#', 'rdf:'], ['http://xmlns.com/foaf/0.1/', 'foaf:'], ['http://www.w3.org/ns/prov#', 'prov:']];

function shorten(iri) {
  for (const [ns, p] of KNOWN) if (iri.startsWith(ns)) return p + iri.slice(ns.length);
  return '<' + iri + '>';
}

/** SPARQL 1.1 Query Results CSV: values only, fields quoted when they hold a comma, quote or newline. */
export function toCsv(vars, rows) {
  const field = s => /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
  const lines = [vars.map(field).join(',')];
  for (const b of rows) lines.push(vars.map(v => field(b[v] ? (b[v].type === 'bnode' ? '_:' + b[v].value : b[v].value) : '')).join(','));
  return lines.join('\r\n') + '\r\n';
}

function showError(out, e, editor) {
  if (e instanceof ApiError && e.status === 404 && e.missingRoute) {
    replace(out, errorBox(new Error('This server has no SPARQL endpoint (POST /sparql answered 404).'), 'the results'));
    return;
  }
  const b = e.body || {};
  const where = Number.isInteger(b.line) ? `Line ${b.line}${Number.isInteger(b.column) ? ', column ' + b.column : ''}: ` : '';
  const box = h('div', {class: 'state error', role: 'alert'},
    h('strong', null, e.status === 400 ? 'The query has an error. ' : 'The query failed. '),
    where, b.detail || e.detail || e.message);
  replace(out, box);
  if (Number.isInteger(b.line)) {
    const lines = editor.value.split('\n');
    let pos = 0;
    for (let i = 0; i < Math.min(b.line - 1, lines.length); i++) pos += lines[i].length + 1;
    pos += Math.max(0, (b.column || 1) - 1);
    editor.focus();
    editor.setSelectionRange(pos, Math.min(editor.value.length, pos + 1));
    const shown = h('pre', {class: 'code error-line', 'aria-label': 'The line with the error'}, lines[b.line - 1] ?? '');
    shown.appendChild(document.createTextNode('\n' + ' '.repeat(Math.max(0, (b.column || 1) - 1)) + '^'));
    box.appendChild(shown);
  }
}
