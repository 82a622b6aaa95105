// Every crux: what it is a crux for and for whom, for whom it is explicitly not, and the evidence
// and reasons on each side.
import {h, replace, append, loading, empty, errorBox, nodeLink, nodeHref, focusHeading, statusBadge, graphHref, sourceHref} from '../dom.js';
import {getJson} from '../api.js';

/** #/cruxes?q=<filter> */
export async function cruxesView(root, r, ctx) {
  replace(root, h('h1', null, 'Cruxes'), loading('the cruxes'));
  let answer;
  try {
    answer = await getJson('/api/cruxes');
  } catch (e) {
    if (ctx.isCurrent()) replace(root, h('h1', null, 'Cruxes'), errorBox(e, 'the cruxes'));
    return;
  }
  if (!ctx.isCurrent()) return;
  const cruxes = answer.cruxes || [];
  const filter = h('input', {id: 'crux-filter', type: 'search', value: r.params.get('q') || '', placeholder: 'a word, a person…'});
  const list = h('div', {class: 'crux-list'});
  const count = h('p', {class: 'count', role: 'status'});
  const render = () => {
    const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    const shown = cruxes.filter(c => words.every(w => haystack(c).includes(w)));
    replace(count, `${shown.length} of ${cruxes.length} cruxes.`);
    replace(list, shown.length ? shown.map(cruxCard) : empty(cruxes.length ? 'No crux matches the filter.' : 'No cruxes in the map yet.'));
  };
  let t = null;
  filter.addEventListener('input', () => {
    clearTimeout(t);
    t = setTimeout(() => {
      render();
      history.replaceState(null, '', '#/cruxes' + (filter.value ? '?q=' + encodeURIComponent(filter.value) : ''));
    }, 150);
  });
  replace(root, h('h1', null, 'Cruxes'),
    h('p', {class: 'lede'}, 'A crux is what a position hinges on: change your mind about it and you change your mind about the position. Cruxes are relative to a person.'),
    h('div', {class: 'filter'}, h('label', {for: 'crux-filter'}, 'Filter cruxes'), filter), count, list);
  render();
  focusHeading(root);
}

function haystack(c) {
  const refs = [c.crux, ...(c.isCruxFor || []).flatMap(a => [a.cruxFor, a.agent]), ...(c.isNotCruxFor || []).flatMap(a => [a.cruxFor, a.agent])];
  return [c.text || '', ...refs.filter(Boolean).map(x => (x.label || '') + ' ' + x.id)].join(' ').toLowerCase();
}

function cruxCard(c) {
  const forList = [...(c.isCruxFor || []).map(a => assertion(a, true)), ...(c.cruxForUnattributed || []).map(ref => h('li', null, nodeLink(ref), h('span', {class: 'muted'}, ' — no person named')))];
  return h('article', {class: 'crux-card', 'aria-labelledby': 'crux-' + slug(c.crux.id)},
    h('h2', {id: 'crux-' + slug(c.crux.id)}, h('a', {href: nodeHref(c.crux.id)}, c.crux.label || c.crux.id), ' ', statusBadge(c.crux.status)),
    c.text && c.text !== c.crux.label ? h('p', {class: 'node-text'}, c.text) : null,
    h('div', {class: 'crux-grid'},
      h('section', null, h('h3', null, 'A crux for'), forList.length ? h('ul', {class: 'assertions'}, forList) : empty('No one named.')),
      (c.isNotCruxFor || []).length ? h('section', {class: 'not-crux'}, h('h3', null, 'Explicitly NOT a crux for'),
        h('ul', {class: 'assertions'}, c.isNotCruxFor.map(a => assertion(a, false)))) : null),
    h('div', {class: 'sides'},
      side('Evidence for', c.evidence?.pro, 'pro'), side('Evidence against', c.evidence?.con, 'con'),
      side('Reasons for', c.reasons?.pro, 'pro'), side('Reasons against', c.reasons?.con, 'con')),
    h('p', {class: 'actions'}, h('a', {class: 'button', href: graphHref(c.crux.id, 'depth=2')}, 'Show in graph')));
}

function assertion(a, positive) {
  return h('li', {class: positive ? 'is-crux' : 'not-crux'},
    a.agent ? [nodeLink(a.agent, {badge: false}), positive ? '’s belief ' : ' on '] : null,
    nodeLink(a.cruxFor),
    a.source ? [' (', h('a', {href: sourceHref(a.source.id)}, a.source.title || a.source.label || a.source.id), ')'] : null);
}

function side(title, refs, cls) {
  if (!refs || !refs.length) return null;
  return h('section', {class: 'side ' + cls}, h('h3', null, title), h('ul', {class: 'refs'}, refs.map(x => h('li', null, nodeLink(x), ' ', statusBadge(x.status)))));
}

function slug(id) { return String(id).replace(/[^a-zA-Z0-9_-]/g, '-'); }
