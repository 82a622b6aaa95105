// A node's page: words, status, holders, quotes in their source, sources, relations by kind.
import {h, replace, pageHead, statusBadge, nodeLink, nodeHref, graphHref, sourceHref, sourceLink, sourceTitle, empty, errorBox,
  focusHeading, joined, section, loading} from '../dom.js';
import {getJson} from '../api.js';
import {phrase, KINDS} from '../kinds.js';
import {quoteCard} from '../quotes.js';

/** #/node/<id> */
export async function nodeView(root, r, ctx) {
  if (!r.rest) return replace(root, h('h1', null, 'No node named'), empty('The address names no node.'));
  replace(root, loading('the node'));
  let n;
  try {
    n = await getJson('/api/nodes/' + r.rest);
  } catch (e) {
    if (ctx.isCurrent()) replace(root, h('h1', null, r.rest), errorBox(e, 'this node'),
      e.status === 404 ? h('p', null, h('a', {href: '#/search?q=' + encodeURIComponent(r.rest.split('/').pop())}, 'Search for it')) : null);
    return;
  }
  if (!ctx.isCurrent()) return;
  ctx.setTitle(n.label || n.id);
  replace(root, ...(await renderNode(n)));
  focusHeading(root);
}

// Rows without a value are left out.
export const dl = (cls, rows) => h('dl', cls, rows.filter(([, v]) => v != null && v !== false).map(([t, v]) => [h('dt', null, t), h('dd', null, v)]));

/** The parts of a node page, also the graph's detail panel (compact: fewer sections). */
export async function renderNode(n, compact = false) {
  const parts = [
    pageHead(n.type, n.status, h('code', 'id', n.id), n.label || n.id, compact ? 'h2' : 'h1'),
    n.text && n.text !== n.label ? h('p', 'node-text', n.text) : null,
    h('p', 'actions',
      h('a', {class: 'button', href: graphHref(n.id, 'depth=2')}, 'Show in graph'),
      n.type === 'source' ? h('a', {class: 'button', href: sourceHref(n.id)}, 'Read the source text') : null,
      compact ? h('a', {class: 'button', href: nodeHref(n.id)}, 'Open page') : null)];
  if (n.tags?.length || n.sections?.length) {
    parts.push(h('p', 'tags', (n.tags || []).map(t => [h('a', {class: 'tag', href: '#/search?tag=' + encodeURIComponent(t)}, '#' + t), ' ']),
      (n.sections || []).map(s => [h('span', 'section', '§ ' + s), ' '])));
  }
  if (n.holders?.length || n.rejecters?.length) {
    parts.push(dl('people', [['Held by', refList(n.holders)], ['Rejected by', refList(n.rejecters)]]));
  }
  if (n.premises?.length || n.conclusions?.length) {
    parts.push(section('Structure', '', dl('', [['Premises', refList(n.premises, true)], ['Conclusion', refList(n.conclusions)],
      ['Inference', n.inferenceRules?.join(', ') || null]])));
  }
  if (n.quotes?.length) {
    parts.push(section(n.quotes.length === 1 ? 'Quote' : 'Quotes (' + n.quotes.length + ')', '', await Promise.all(n.quotes.map(quoteCard))));
  }
  if (n.sources?.length && n.type !== 'source') parts.push(section('Sources', '', h('ul', 'sources', n.sources.map(sourceItem))));
  const rel = relations(n);
  if (rel.length) parts.push(section('Relations', '', h('div', 'relations', rel)));
  if (n.cruxAssertions?.length) parts.push(section('Crux assertions', '', assertions(n.cruxAssertions)));
  if (!compact && n.relationProvenance?.length) parts.push(section('Who asserted these relations', '', provenance(n.relationProvenance)));
  const s = n.source;
  if (s) {
    parts.push(section('Source', '', dl('meta', [['Title', s.title], ['Authors', s.authors?.length ? joined(s.authors, a => nodeLink(a, {badge: false})) : null],
      ['Date', s.date], ['Kind', s.kind], ['Address', s.address && externalLink(s.address)],
      ['Text', s.fullText ? `${Array.from(s.fullText).length} characters, ${(s.quotes || []).length} quotes anchored` : 'not stored']])));
    if (!compact && s.statements?.length) parts.push(section('Statements from this source', '', refList(s.statements)));
  }
  const p = n.person;
  if (p) {
    for (const [title, list] of [['Holds', p.holds], ['Rejects', p.rejects]]) if (list?.length) parts.push(section(title, '', refList(list)));
    if (p.wrote?.length) parts.push(section('Wrote', '', h('ul', 'sources', p.wrote.map(sourceItem))));
    if (p.cruxes?.length) parts.push(section('Cruxes', '', assertions(p.cruxes)));
  }
  return parts;
}

export function refList(refs, ordered) {
  return refs?.length ? h(ordered ? 'ol' : 'ul', 'refs', refs.map(r => h('li', null, nodeLink(r), ' ', statusBadge(r.status)))) : null;
}

export function sourceItem(s) {
  return h('li', null, nodeLink({id: s.id, type: 'source', label: sourceTitle(s)}, {sourceView: true}),
    s.status ? [' ', statusBadge(s.status)] : null, s.address ? [' · ', externalLink(s.address)] : null);
}

/** A link out of the viewer, only for http(s) addresses; anything else shows as text. */
export function externalLink(address) {
  if (!/^https?:\/\//i.test(address)) return h('span', 'address', address);
  return h('a', {href: address, rel: 'noopener noreferrer', target: '_blank', class: 'external'}, address.replace(/^https?:\/\//, ''));
}

function relations(n) {
  const order = KINDS.map(k => k[0]);
  const groups = (m, incoming) => Object.entries(m || {}).sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0])).map(([kind, refs]) => {
    const title = phrase(kind, incoming);
    return h('div', 'relgroup kind-' + kind + ' dir-' + (incoming ? 'in' : 'out'),
      h('h3', null, title[0].toUpperCase() + title.slice(1), h('span', 'n', String(refs.length))), refList(refs));
  });
  return [...groups(n.relationsOut, false), ...groups(n.relationsIn, true)];
}

export function assertions(list) {
  return h('ul', 'assertions', list.map(a => h('li', a.isCrux ? 'is-crux' : 'not-crux',
    nodeLink(a.crux), a.isCrux ? ' is a crux for ' : ' is NOT a crux for ', nodeLink(a.cruxFor),
    a.agent ? [' — for ', nodeLink(a.agent, {badge: false})] : null,
    a.source ? [' (', sourceLink(a.source), ')'] : null)));
}

function provenance(list) {
  return h('ul', 'provenance', list.map(p => h('li', null,
    nodeLink(p.from, {badge: false}), ' ', h('em', null, phrase(p.kind, false)), ' ', nodeLink(p.to, {badge: false}),
    p.assertedBy?.length ? [' — asserted by ', joined(p.assertedBy, a => nodeLink(a, {badge: false}))] : null,
    p.sources?.length ? [' in ', joined(p.sources, sourceLink)] : null,
    p.status ? [' ', statusBadge(p.status)] : null)));
}
