// The start page, and search: suggestions, highlighted hits, facets, arrow keys through the results.
import {h, replace, append, typeBadge, statusBadge, nodeHref, loading, empty, errorBox, highlighted, focusHeading, button, unescapeHtml} from '../dom.js';
import {getJson, people} from '../api.js';
import {setupCombobox, comboBox} from '../suggest.js';

const PAGE = 20;
const FACETS = [['type', 'Type'], ['holder', 'Person'], ['tag', 'Tag'], ['status', 'Status']];
const toSearch = q => { location.hash = '#/search?q=' + encodeURIComponent(q); };

export async function homeView(root) {
  const form = searchForm('home', '');
  append(root, h('h1', null, 'Cruxmap'),
    h('p', 'lede', 'Claims, cruxes and evidence of the coherence-and-agency debate, each traced to the exact words of its source.'),
    form,
    h('ul', 'ways',
      h('li', null, h('a', {href: '#/cruxes'}, 'Every crux'), ': what each position hinges on, for whom, and the evidence on each side.'),
      h('li', null, h('a', {href: '#/graph'}, 'The whole map'), ': every claim and how it bears on the others.'),
      h('li', null, h('a', {href: '#/sparql'}, 'SPARQL'), ': ask your own questions of the data.')));
  setupCombobox(form, toSearch);
  focusHeading(root);
}

function searchForm(key, q) {
  const box = comboBox('q-' + key, 'e.g. coherence, scale, Hot Mess');
  box.firstChild.value = q;
  return h('form', {class: 'search-form', role: 'search'}, h('label', {for: 'q-' + key}, 'Search the map'),
    h('div', 'row', box, h('button', {type: 'submit'}, 'Search')));
}

/** #/search?q=&type=&tag=&holder=&status=&offset= */
export async function searchView(root, r, ctx) {
  const p = r.params;
  const q = p.get('q') || '';
  const filters = Object.fromEntries(FACETS.map(([k]) => [k, p.get(k) || '']));
  const offset = Math.max(0, parseInt(p.get('offset'), 10) || 0);
  const form = searchForm('view', q);
  const results = h('section', {class: 'results', 'aria-label': 'Results'}, loading('results'));
  const facets = h('aside', {class: 'facets', 'aria-label': 'Filters'});
  const title = q ? 'Search: ' + q : 'Search';
  append(root, h('h1', null, title), form, h('div', 'search-layout', facets, results));
  const go = changes => {
    const u = new URLSearchParams();
    for (const [k, v] of Object.entries({q, ...filters, offset: 0, ...changes})) if (v) u.set(k, v);
    location.hash = '#/search?' + u;
  };
  setupCombobox(form, text => go({q: text}));
  ctx.setTitle(title);
  if (!q && !Object.values(filters).some(Boolean)) {
    replace(results, empty('Type a few words: a claim, a person, a paper. Suggestions appear as you type; press / anywhere to jump to the search box.'));
    return form.querySelector('input').focus();
  }
  let answer, names = {};
  try {
    answer = await getJson('/api/search', {q, ...filters, limit: PAGE, offset});
  } catch (e) {
    return replace(results, errorBox(e, 'the results'));
  }
  try { // the person facet lists keys; show the names the rest of the viewer shows
    names = Object.fromEntries((await people()).map(p => [p.id.replace(/^person\//, ''), p.label]));
  } catch (e) { /* the keys, then */ }
  if (!ctx.isCurrent()) return;
  replace(facets, facetGroups(answer.facets || {}, filters, go, names));
  const hits = answer.hits || [], total = answer.total;
  const list = h('ol', {class: 'hits', start: offset + 1}, hits.map(hitItem));
  replace(results,
    h('p', {class: 'count', role: 'status'}, !total ? 'No results.' : total === 1 ? '1 result.'
      : hits.length < total ? `Results ${offset + 1}–${offset + hits.length} of ${total}.` : `${total} results.`,
      answer.approximate ? ' Nothing matched exactly as typed; these match other word forms or close spellings.' : ''),
    hits.length ? list : empty('Nothing matches. Try fewer or other words, or clear the filters.'),
    total > PAGE ? h('nav', {class: 'pager', 'aria-label': 'Result pages'},
      offset > 0 ? button('← Previous', () => go({offset: Math.max(0, offset - PAGE)})) : null,
      offset + PAGE < total ? button('Next →', () => go({offset: offset + PAGE})) : null) : null);
  keyboardList(list, form.querySelector('input'));
}

function hitItem(hit) {
  // a highlight that is just the label marks the title instead of repeating it as the snippet
  const titleMarked = hit.highlight && hit.label && unescapeHtml(hit.highlight.replace(/<\/?mark>/g, '')) === hit.label;
  return h('li', 'hit',
    h('div', 'hit-head', typeBadge(hit.type), ' ',
      h('a', {href: nodeHref(hit.id, hit.type), class: 'hit-link'}, titleMarked ? highlighted(hit.highlight) : hit.label || hit.id),
      hit.status ? [' ', statusBadge(hit.status)] : null),
    hit.highlight && !titleMarked ? h('p', 'snippet', highlighted(hit.highlight))
      : hit.text && hit.text !== hit.label ? h('p', 'snippet', hit.text) : null,
    h('p', 'hit-id', hit.id));
}

function facetGroups(facets, filters, go, names) {
  const out = [];
  for (const [key, title] of FACETS) {
    // a filter given as an id (holder=person/x) is the facet value x
    const prefix = {holder: /^person\//, source: /^source\//}[key];
    const counts = {...facets[key]}, on = prefix ? filters[key]?.replace(prefix, '') : filters[key];
    if (on && !counts[on]) counts[on] = 0; // a filter with no hits stays visible, so it can be cleared
    const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 12);
    if (on && !entries.some(e => e[0] === on)) entries.push([on, counts[on]]);
    if (!entries.length) continue;
    const shown = value => key === 'holder' ? names[value] || value : value;
    const twice = new Set(entries.map(e => shown(e[0])).filter((s, i, all) => all.indexOf(s) !== i));
    const label = value => twice.has(shown(value)) ? `${shown(value)} (${value})` : shown(value); // two people of one name
    out.push(h('section', 'facet-group', h('h2', null, title), h('ul', null, entries.map(([value, n]) => h('li', null,
      button([h('span', 'facet-label', label(value)), h('span', 'n', String(n))],
        () => go({[key]: on === value ? '' : value}), {class: 'facet', 'aria-pressed': String(on === value)}))))));
  }
  return out.length ? out : empty('No filters for these results.');
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
    const all = links(), i = all.indexOf(document.activeElement);
    if (i < 0) return;
    if (ev.key === 'ArrowDown' && i < all.length - 1) { ev.preventDefault(); all[i + 1].focus(); }
    if (ev.key === 'ArrowUp') { ev.preventDefault(); (all[i - 1] || input).focus(); }
  });
}
