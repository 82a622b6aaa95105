// The start page and the search view: a box with suggestions, highlighted hits with type badges,
// facet filters and keyboard movement through the results.
import {h, replace, append, typeBadge, statusBadge, nodeHref, loading, empty, errorBox, highlighted, focusHeading} from '../dom.js';
import {getJson, allNodes, ApiError} from '../api.js';
import {setupCombobox, labelMatches} from '../suggest.js';

const PAGE = 20;
const FACETS = [['type', 'Type'], ['holder', 'Person'], ['tag', 'Tag'], ['status', 'Status']];

/** The start page: a big search box, counts, and the ways in. */
export async function homeView(root) {
  const form = searchForm('home', '');
  append(root, h('h1', null, 'Cruxmap'),
    h('p', {class: 'lede'}, 'Claims, cruxes and evidence of the coherence-and-agency debate, each traced to the exact words of its source.'),
    form,
    h('ul', {class: 'ways'},
      h('li', null, h('a', {href: '#/cruxes'}, 'Every crux'), ': what each position hinges on, for whom, and the evidence on each side.'),
      h('li', null, h('a', {href: '#/graph'}, 'The whole map'), ': every claim and how it bears on the others.'),
      h('li', null, h('a', {href: '#/sparql'}, 'SPARQL'), ': ask your own questions of the data.')));
  setupCombobox(form, q => { location.hash = '#/search?q=' + encodeURIComponent(q); });
  focusHeading(root);
}

function searchForm(key, q) {
  const id = 'q-' + key;
  return h('form', {class: 'search-form', role: 'search'},
    h('label', {for: id}, 'Search the map'),
    h('div', {class: 'row'},
      h('div', {class: 'combo'},
        h('input', {id, name: 'q', type: 'search', value: q, autocomplete: 'off', role: 'combobox',
          'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': id + '-list',
          placeholder: 'e.g. coherence, scale, Hot Mess'}),
        h('ul', {id: id + '-list', role: 'listbox', class: 'suggestions', 'aria-label': 'Suggestions', hidden: true})),
      h('button', {type: 'submit'}, 'Search')));
}

/** #/search?q=&type=&tag=&holder=&status=&offset= */
export async function searchView(root, r, ctx) {
  const p = r.params;
  const q = p.get('q') || '';
  const filters = Object.fromEntries(FACETS.map(([k]) => [k, p.get(k) || '']));
  const offset = Math.max(0, parseInt(p.get('offset') || '0', 10) || 0);
  const form = searchForm('view', q);
  const results = h('section', {class: 'results', 'aria-label': 'Results'}, loading('results'));
  const facets = h('aside', {class: 'facets', 'aria-label': 'Filters'});
  append(root, h('h1', null, q ? 'Search: ' + q : 'Search'), form, h('div', {class: 'search-layout'}, facets, results));
  const go = (changes) => { location.hash = searchHash(Object.assign({q, ...filters, offset: 0}, changes)); };
  setupCombobox(form, text => go({q: text}));
  ctx.setTitle(q ? 'Search: ' + q : 'Search');
  if (!q && !Object.values(filters).some(Boolean)) {
    replace(results, empty('Type a few words: a claim, a person, a paper. Suggestions appear as you type; press / anywhere to jump to the search box.'));
    form.querySelector('input').focus();
    return;
  }

  let answer;
  let fallback = false;
  try {
    answer = await getJson('/api/search', {q, ...filters, limit: PAGE, offset});
  } catch (e) {
    if (!(e instanceof ApiError) || e.status !== 404) { replace(results, errorBox(e, 'the results')); return; }
    fallback = true;
    try { answer = await labelSearch(q, filters, offset); } catch (e2) { replace(results, errorBox(e2, 'the results')); return; }
  }
  if (!ctx.isCurrent()) return;

  replace(facets, facetGroups(answer.facets || {}, filters, go));
  const hits = answer.hits || [];
  const list = h('ol', {class: 'hits', start: offset + 1});
  for (const hit of hits) list.appendChild(hitItem(hit));
  replace(results,
    fallback ? h('p', {class: 'notice'}, 'Full-text search is not available on this server (GET /api/search answered 404); these are matches in node labels.') : null,
    h('p', {class: 'count', role: 'status'}, countLine(answer.total, hits.length, offset)),
    hits.length ? list : empty('Nothing matches. Try fewer or other words, or clear the filters.'),
    pager(answer.total, offset, go));
  keyboardList(list, form.querySelector('input'));
}

function searchHash(s) {
  const u = new URLSearchParams();
  for (const [k, v] of Object.entries(s)) if (v !== '' && v !== 0 && v != null) u.set(k, v);
  return '#/search?' + u.toString();
}

function countLine(total, shown, offset) {
  if (!total) return 'No results.';
  return total === 1 ? '1 result.' : (shown < total ? `Results ${offset + 1}–${offset + shown} of ${total}.` : `${total} results.`);
}

function hitItem(hit) {
  return h('li', {class: 'hit'},
    h('div', {class: 'hit-head'}, typeBadge(hit.type), ' ', h('a', {href: nodeHref(hit.id, hit.type), class: 'hit-link'}, hit.label || hit.id),
      hit.status ? [' ', statusBadge(hit.status)] : null),
    hit.highlight ? h('p', {class: 'snippet'}, highlighted(hit.highlight)) : (hit.text ? h('p', {class: 'snippet'}, hit.text) : null),
    h('p', {class: 'hit-id'}, hit.id));
}

function facetGroups(facets, filters, go) {
  const out = [];
  for (const [key, title] of FACETS) {
    const counts = facets[key] || {};
    const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
    if (!entries.length && !filters[key]) continue;
    const ul = h('ul');
    for (const [value, n] of entries.slice(0, 12)) {
      const on = filters[key] === value;
      ul.appendChild(h('li', null, h('button', {type: 'button', class: 'facet', 'aria-pressed': on ? 'true' : 'false',
        onclick: () => go({[key]: on ? '' : value})}, facetLabel(key, value), h('span', {class: 'n'}, String(n)))));
    }
    if (filters[key] && !counts[filters[key]]) {
      ul.appendChild(h('li', null, h('button', {type: 'button', class: 'facet', 'aria-pressed': 'true', onclick: () => go({[key]: ''})},
        facetLabel(key, filters[key]), h('span', {class: 'n'}, '0'))));
    }
    out.push(h('section', {class: 'facet-group'}, h('h2', null, title), ul));
  }
  return out.length ? out : [h('p', {class: 'state empty'}, 'No filters for these results.')];
}

function facetLabel(key, value) {
  const v = key === 'holder' ? value.replace(/^person\//, '') : value;
  return h('span', {class: 'facet-label'}, v);
}

function pager(total, offset, go) {
  if (!total || total <= PAGE) return null;
  return h('nav', {class: 'pager', 'aria-label': 'Result pages'},
    offset > 0 ? h('button', {type: 'button', onclick: () => go({offset: Math.max(0, offset - PAGE)})}, '← Previous') : null,
    offset + PAGE < total ? h('button', {type: 'button', onclick: () => go({offset: offset + PAGE})}, 'Next →') : null);
}

/** Arrow keys move between result links; from the search box, ArrowDown enters the list. */
function keyboardList(list, input) {
  const links = () => [...list.querySelectorAll('a.hit-link')];
  input.addEventListener('keydown', ev => {
    if (ev.key === 'ArrowDown' && input.getAttribute('aria-expanded') !== 'true' && links().length) {
      ev.preventDefault();
      links()[0].focus();
    }
  });
  list.addEventListener('keydown', ev => {
    const all = links();
    const i = all.indexOf(document.activeElement);
    if (i < 0) return;
    if (ev.key === 'ArrowDown' && i < all.length - 1) { ev.preventDefault(); all[i + 1].focus(); }
    if (ev.key === 'ArrowUp') { ev.preventDefault(); if (i > 0) all[i - 1].focus(); else input.focus(); }
  });
}

/** Search over node labels, for a server without the search route. */
async function labelSearch(q, filters, offset) {
  const nodes = (await allNodes()).filter(n => (!filters.type || n.type === filters.type) && (!filters.status || n.status === filters.status));
  const matches = labelMatches(nodes, q || ' ', 5000);
  const byId = new Map(nodes.map(n => [n.id, n]));
  const facets = {type: {}, status: {}};
  for (const m of matches) {
    const n = byId.get(m.id);
    facets.type[n.type] = (facets.type[n.type] || 0) + 1;
    if (n.status) facets.status[n.status] = (facets.status[n.status] || 0) + 1;
  }
  const hits = matches.slice(offset, offset + PAGE).map(m => ({...m, status: byId.get(m.id).status}));
  return {total: matches.length, hits, facets};
}
