// The start page, and search: highlighted hits, facets, arrow keys.
import {h, replace, append, typeBadge, statusBadge, nodeHref, loading, empty, errorBox, highlighted, focusHeading, button, unescapeHtml,
  countLine, list} from '../dom.js';
import {getJson, people, query} from '../api.js';
import {setupCombobox, comboBox, toSearch} from '../suggest.js';

const PAGE = 20;
const FACETS = [['type', 'Type'], ['holder', 'Person'], ['tag', 'Tag'], ['status', 'Status']];

export async function homeView(root) {
  const form = searchForm('home', '');
  append(root, h('h1', null, 'Cruxmap'),
    h('p', 'lede', 'Claims, cruxes and evidence of the coherence-and-agency debate, each traced to the exact words of its source.'),
    form,
    h('ul', 'ways', [['cruxes', 'Every crux', 'what each position hinges on, for whom, and the evidence on each side'],
      ['graph', 'The whole map', 'every claim and how it bears on the others'], ['sparql', 'SPARQL', 'ask your own questions of the data']]
      .map(([view, label, text]) => h('li', null, h('a', {href: '#/' + view}, label), `: ${text}.`))));
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
  const go = changes => { location.hash = '#/search' + query({q, ...filters, ...changes, offset: changes.offset || null}); };
  setupCombobox(form, text => go({q: text}));
  ctx.setTitle(title);
  if (!q && !Object.values(filters).some(Boolean)) {
    replace(results, empty('Type a few words: a claim, a person, a paper. Suggestions appear as you type; press / anywhere to jump to the search box.'));
    return form.querySelector('input').focus();
  }
  const answer = await getJson('/api/search', {q, ...filters, limit: PAGE, offset}).catch(e => {
    // a filter no node carries (an old link, a typed name): say so, with a way out
    const dim = e.status === 400 && /^bad parameter: (tag|holder|source)$/.exec(e.body.error || '');
    replace(results, errorBox(e, 'the results'), dim ? button('Search without this filter', () => go({[dim[1]]: ''}), {class: 'clear-filter'}) : null);
  });
  if (!answer) return;
  // the person facet lists keys: show names if possible
  const names = await people().then(all => Object.fromEntries(all.map(p => [p.id.replace(/^person\//, ''), p.label])), () => ({}));
  if (!ctx.isCurrent()) return;
  replace(facets, facetGroups(answer.facets || {}, filters, go, names));
  const hits = answer.hits || [], total = answer.total;
  const hitList = h('ol', {class: 'hits', start: offset + 1}, hits.map(hitItem));
  replace(results,
    countLine(!total ? 'No results.' : total === 1 ? '1 result.'
      : hits.length < total ? `Results ${offset + 1}–${offset + hits.length} of ${total}.` : `${total} results.`,
      answer.approximate ? ' Nothing matched exactly as typed; these match other word forms or close spellings.' : ''),
    hits.length ? hitList : empty('Nothing matches. Try fewer or other words, or clear the filters.'),
    total > PAGE ? h('nav', {class: 'pager', 'aria-label': 'Result pages'},
      offset > 0 ? button('← Previous', () => go({offset: Math.max(0, offset - PAGE)})) : null,
      offset + PAGE < total ? button('Next →', () => go({offset: offset + PAGE})) : null) : null);
  keyboardList(hitList, form.querySelector('input'));
}

function hitItem(hit) {
  // a highlight that is just the label marks the title, not a snippet
  const titleMarked = hit.highlight && hit.label && unescapeHtml(hit.highlight.replace(/<\/?mark>/g, '')) === hit.label;
  const snippet = hit.highlight && !titleMarked ? highlighted(hit.highlight) : hit.text !== hit.label && hit.text;
  return h('li', 'hit',
    h('div', 'hit-head', typeBadge(hit.type), ' ',
      h('a', {href: nodeHref(hit.id, hit.type), class: 'hit-link'}, titleMarked ? highlighted(hit.highlight) : hit.label || hit.id),
      hit.status ? [' ', statusBadge(hit.status)] : null),
    snippet ? h('p', 'snippet', snippet) : null,
    h('p', 'hit-id', hit.id));
}

function facetGroups(facets, filters, go, names) {
  const out = [];
  for (const [key, title] of FACETS) {
    const people = key === 'holder';
    // a filter given as an id (holder=person/x) is the facet value x
    const counts = {...facets[key]}, on = people ? filters[key].replace(/^person\//, '') : filters[key];
    if (on && !counts[on]) counts[on] = 0; // stays visible, so it can be cleared
    const entries = Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 12);
    if (on && !entries.some(e => e[0] === on)) entries.push([on, counts[on]]);
    if (!entries.length) continue;
    const shown = value => people ? names[value] || value : value;
    const twice = new Set(entries.map(e => shown(e[0])).filter((s, i, all) => all.indexOf(s) !== i));
    const label = value => twice.has(shown(value)) ? `${shown(value)} (${value})` : shown(value); // two people of one name
    out.push(h('section', 'facet-group', h('h2', null, title), list(null, entries, ([value, n]) =>
      button([h('span', 'facet-label', label(value)), h('span', 'n', String(n))],
        () => go({[key]: on === value ? '' : value}), {class: 'facet', 'aria-pressed': String(on === value)}))));
  }
  return out.length ? out : empty('No filters for these results.');
}

/** Arrow keys move between result links; ArrowDown in the search box enters them. */
function keyboardList(hits, input) {
  const links = () => [...hits.querySelectorAll('a.hit-link')];
  input.addEventListener('keydown', ev => {
    if (ev.key === 'ArrowDown' && input.getAttribute('aria-expanded') !== 'true' && links().length) {
      ev.preventDefault();
      links()[0].focus();
    }
  });
  hits.addEventListener('keydown', ev => {
    const all = links(), i = all.indexOf(document.activeElement);
    if (i < 0) return;
    if (ev.key === 'ArrowDown' && i < all.length - 1) { ev.preventDefault(); all[i + 1].focus(); }
    if (ev.key === 'ArrowUp') { ev.preventDefault(); (all[i - 1] || input).focus(); }
  });
}
