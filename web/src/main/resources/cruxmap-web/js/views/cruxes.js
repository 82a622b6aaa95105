// Every crux: for whom it is (not) one, evidence on each side, impact.
import {h, replace, empty, nodeLink, nodeHref, nameLink, focusHeading, accBadge, graphHref, sourceLink, loadInto, list, refList, countLine, ctl, option,
  linkButton, nodeText, statusBadge} from '../dom.js';
import {getJson, query} from '../api.js';

/** #/cruxes?q=<filter>&sort=impact */
export async function cruxesView(root, r, ctx) {
  const byImpact = r.params.get('sort') === 'impact';
  const got = await loadInto(root, ctx, 'the cruxes', 'Cruxes', () => Promise.all([
    getJson('/api/cruxes', {sort: byImpact ? 'impact' : undefined}), getJson('/api/crux-impact').catch(() => null)]));
  if (!got) return;
  const cruxes = got[0].cruxes || [];
  const changes = new Map((got[1]?.cruxes || []).map(x => [x.crux.id, x]));
  const filter = h('input', {id: 'crux-filter', type: 'search', value: r.params.get('q') || '', placeholder: 'a word, a person…'});
  const cards = h('div', 'crux-list');
  const count = countLine();
  const render = () => {
    const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    const shown = cruxes.filter(c => words.every(w => haystack(c).includes(w)));
    replace(count, `${shown.length} of ${cruxes.length} cruxes.`);
    replace(cards, shown.length ? shown.map(c => cruxCard(c, changes.get(c.crux.id))) : empty(cruxes.length ? 'No crux matches the filter.' : 'No cruxes in the map yet.'));
  };
  const link = sort => '#/cruxes' + query({q: filter.value, sort});
  let t = null;
  filter.addEventListener('input', () => {
    clearTimeout(t);
    t = setTimeout(() => { render(); history.replaceState(null, '', link(byImpact ? 'impact' : '')); }, 150);
  });
  const sort = h('select', {id: 'crux-sort', onchange: () => { location.hash = link(sort.value); }},
    option('', 'most crux assertions first', !byImpact), option('impact', 'largest impact first', byImpact));
  replace(root, h('h1', null, 'Cruxes'),
    h('p', 'lede', 'A crux is what a position hinges on: change your mind about it and you change your mind about the position. Cruxes are relative to a person.'),
    h('div', 'filter toolbar', ctl('crux-filter', 'Filter cruxes', filter), ctl('crux-sort', 'Order', sort)),
    h('p', 'muted', 'Impact: how many statements change their grounded label (in, out, undecided) between taking the crux, or a statement it is a crux for, as accepted and as rejected.'),
    count, cards);
  render();
  focusHeading(root);
}

function haystack(c) {
  const refs = [c.crux, ...[...(c.isCruxFor || []), ...(c.isNotCruxFor || [])].flatMap(a => [a.cruxFor, a.agent])];
  return [c.text || '', ...refs.filter(Boolean).map(x => (x.label || '') + ' ' + x.id)].join(' ').toLowerCase();
}

function cruxCard(c, imp) {
  const id = 'crux-' + String(c.crux.id).replace(/[^a-zA-Z0-9_-]/g, '-');
  const forWhom = [...(c.isCruxFor || []).map(a => assertion(a, true)),
    ...(c.cruxForUnattributed || []).map(ref => h('li', null, nodeLink(ref), h('span', 'muted', ' — no person named')))];
  return h('article', {class: 'crux-card', 'aria-labelledby': id},
    h('h2', {id}, h('a', {href: nodeHref(c.crux.id)}, c.crux.label || c.crux.id), ' ', statusBadge(c.crux.status)),
    nodeText(c.text, c.crux.label),
    impact(c.impact, imp),
    h('div', 'crux-grid',
      part('A crux for', null, forWhom.length ? h('ul', 'assertions', forWhom) : empty('No one named.')),
      part('Explicitly NOT a crux for', 'not-crux', c.isNotCruxFor?.length && h('ul', 'assertions', c.isNotCruxFor.map(a => assertion(a, false))))),
    h('div', 'sides',
      side('Evidence for', c.evidence?.pro, 'pro'), side('Evidence against', c.evidence?.con, 'con'),
      side('Reasons for', c.reasons?.pro, 'pro'), side('Reasons against', c.reasons?.con, 'con')),
    h('p', 'actions', linkButton(graphHref(c.crux.id, 'depth=2'), 'Show in graph')));
}

function impact(n, imp) {
  if (n == null) return h('p', 'impact muted', 'Impact: not worked out yet (a large map; open this page again to go on).');
  const line = [h('strong', null, 'Impact: ' + n), (n === 1 ? ' statement changes its' : ' statements change their') + ' grounded label'];
  if (!imp?.changes?.length) return h('p', 'impact', line, '.');
  return h('details', 'impact', h('summary', null, line, ' — which'),
    list('refs', imp.changes, x => [nodeLink(x.statement), ': now ', accBadge(x.now),
      ', if ', settled(x), ' accepted ', accBadge(x.ifAccepted), ', if rejected ', accBadge(x.ifRejected)]));
}

/** What a change hangs on: the crux, or (via) a statement it is a crux for, which it decides. */
const settled = x => !x.via ? 'the crux is' : x.via.id === x.statement.id ? 'it is' : [nameLink(x.via), ' is'];

function assertion(a, positive) {
  return h('li', positive ? 'is-crux' : 'not-crux',
    a.agent ? [nameLink(a.agent), positive ? '’s belief ' : ' on '] : null,
    nodeLink(a.cruxFor), a.source ? [' (', sourceLink(a.source), ')'] : null);
}

/** A part of a card, if it has a body. */
const part = (title, cls, body) => body && h('section', cls, h('h3', null, title), body);
const side = (title, refs, cls) => part(title, 'side ' + cls, refList(refs));
