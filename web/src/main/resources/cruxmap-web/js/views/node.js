// A node's page: its words, type and status, who holds and rejects it, each quote inside its
// source, its sources, and its relations in and out grouped by kind.
import {h, replace, append, typeBadge, statusBadge, nodeLink, graphHref, sourceHref, loading, empty, errorBox, focusHeading} from '../dom.js';
import {getJson} from '../api.js';
import {phrase, KINDS} from '../kinds.js';
import {quoteCard} from '../quotes.js';

/** #/node/<id> */
export async function nodeView(root, r, ctx) {
  if (!r.rest) { replace(root, h('h1', null, 'No node named'), empty('The address names no node.')); return; }
  replace(root, loading('the node'));
  let n;
  try {
    n = await getJson('/api/nodes/' + r.rest);
  } catch (e) {
    if (!ctx.isCurrent()) return;
    replace(root, h('h1', null, r.rest), errorBox(e, 'this node'), e.status === 404 ? h('p', null, h('a', {href: '#/search?q=' + encodeURIComponent(r.rest.split('/').pop())}, 'Search for it')) : null);
    return;
  }
  if (!ctx.isCurrent()) return;
  ctx.setTitle(n.label || n.id);
  replace(root, ...(await renderNode(n)));
  focusHeading(root);
}

/** The parts of a node page, also used by the graph's detail panel (compact = fewer sections). */
export async function renderNode(n, compact = false) {
  const parts = [];
  parts.push(h('header', {class: 'node-head'},
    h('p', {class: 'kicker'}, typeBadge(n.type), ' ', statusBadge(n.status), ' ', h('code', {class: 'id'}, n.id)),
    h(compact ? 'h2' : 'h1', null, n.label || n.id)));
  if (n.text && n.text !== n.label) parts.push(h('p', {class: 'node-text'}, n.text));
  const actions = h('p', {class: 'actions'},
    h('a', {class: 'button', href: graphHref(n.id, 'depth=2')}, 'Show in graph'),
    n.type === 'source' ? h('a', {class: 'button', href: sourceHref(n.id)}, 'Read the source text') : null,
    compact ? h('a', {class: 'button', href: '#/node/' + n.id.split('/').map(encodeURIComponent).join('/')}, 'Open page') : null);
  parts.push(actions);
  if (n.tags?.length || n.sections?.length) {
    parts.push(h('p', {class: 'tags'}, (n.tags || []).map(t => [h('a', {class: 'tag', href: '#/search?tag=' + encodeURIComponent(t)}, '#' + t), ' ']),
      (n.sections || []).map(s => [h('span', {class: 'section'}, '§ ' + s), ' '])));
  }
  const people = [];
  if (n.holders?.length) people.push(h('dt', null, 'Held by'), h('dd', null, refList(n.holders)));
  if (n.rejecters?.length) people.push(h('dt', null, 'Rejected by'), h('dd', null, refList(n.rejecters)));
  if (people.length) parts.push(h('dl', {class: 'people'}, people));

  if (n.premises?.length || n.conclusions?.length) {
    parts.push(section('Structure', h('dl', null,
      n.premises?.length ? [h('dt', null, 'Premises'), h('dd', null, refList(n.premises, true))] : null,
      n.conclusions?.length ? [h('dt', null, 'Conclusion'), h('dd', null, refList(n.conclusions))] : null,
      n.inferenceRules?.length ? [h('dt', null, 'Inference'), h('dd', null, n.inferenceRules.join(', '))] : null)));
  }
  if (n.quotes?.length) {
    const cards = await Promise.all(n.quotes.map(quoteCard));
    parts.push(section(n.quotes.length === 1 ? 'Quote' : 'Quotes (' + n.quotes.length + ')', cards));
  }
  if (n.sources?.length && n.type !== 'source') {
    parts.push(section('Sources', h('ul', {class: 'sources'}, n.sources.map(sourceItem))));
  }
  const rel = relations(n);
  if (rel) parts.push(section('Relations', rel));
  if (n.cruxAssertions?.length) parts.push(section('Crux assertions', h('ul', {class: 'assertions'}, n.cruxAssertions.map(cruxAssertion))));
  if (!compact && n.relationProvenance?.length) parts.push(section('Who asserted these relations', provenance(n.relationProvenance)));
  if (n.source) parts.push(...sourceInfo(n.source, compact));
  if (n.person) parts.push(...personInfo(n.person));
  return parts;
}

function section(title, ...body) { return h('section', {class: 'block'}, h('h2', null, title), body); }

function refList(refs, ordered) {
  return h(ordered ? 'ol' : 'ul', {class: 'refs'}, refs.map(r => h('li', null, nodeLink(r), r.status ? [' ', statusBadge(r.status)] : null)));
}

export function sourceItem(s) {
  return h('li', null, nodeLink({id: s.id, type: 'source', label: s.title || s.label || s.id}, {sourceView: true}),
    s.status ? [' ', statusBadge(s.status)] : null,
    s.address ? [' · ', externalLink(s.address)] : null);
}

/** A link out of the viewer, only for http(s) addresses; anything else shows as text. */
export function externalLink(address) {
  if (!/^https?:\/\//i.test(address)) return h('span', {class: 'address'}, address);
  return h('a', {href: address, rel: 'noopener noreferrer', target: '_blank', class: 'external'}, address.replace(/^https?:\/\//, ''));
}

function relations(n) {
  const groups = [];
  const order = KINDS.map(k => k[0]);
  const sorted = m => Object.entries(m || {}).sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0]));
  for (const [kind, refs] of sorted(n.relationsOut)) groups.push(relGroup(cap(phrase(kind, false)), kind, refs, 'out'));
  for (const [kind, refs] of sorted(n.relationsIn)) groups.push(relGroup(cap(phrase(kind, true)), kind, refs, 'in'));
  if (!groups.length) return null;
  return h('div', {class: 'relations'}, groups);
}

function relGroup(title, kind, refs, dir) {
  return h('div', {class: 'relgroup kind-' + kind + ' dir-' + dir}, h('h3', null, title, h('span', {class: 'n'}, String(refs.length))), refList(refs));
}

function cap(s) { return s[0].toUpperCase() + s.slice(1); }

export function cruxAssertion(a) {
  return h('li', {class: a.isCrux ? 'is-crux' : 'not-crux'},
    nodeLink(a.crux), a.isCrux ? ' is a crux for ' : ' is NOT a crux for ', nodeLink(a.cruxFor),
    a.agent ? [' — for ', nodeLink(a.agent, {badge: false})] : null,
    a.source ? [' (', h('a', {href: sourceHref(a.source.id)}, a.source.title || a.source.label || a.source.id), ')'] : null);
}

function provenance(list) {
  return h('ul', {class: 'provenance'}, list.map(p => h('li', null,
    nodeLink(p.from, {badge: false}), ' ', h('em', null, phrase(p.kind, false)), ' ', nodeLink(p.to, {badge: false}),
    p.assertedBy?.length ? [' — asserted by ', p.assertedBy.map((a, i) => [i ? ', ' : '', nodeLink(a, {badge: false})])] : null,
    p.sources?.length ? [' in ', p.sources.map((s, i) => [i ? ', ' : '', h('a', {href: sourceHref(s.id)}, s.title || s.label || s.id)])] : null,
    p.status ? [' ', statusBadge(p.status)] : null)));
}

function sourceInfo(s, compact) {
  const meta = h('dl', {class: 'meta'},
    s.title ? [h('dt', null, 'Title'), h('dd', null, s.title)] : null,
    s.authors?.length ? [h('dt', null, 'Authors'), h('dd', null, s.authors.map((a, i) => [i ? ', ' : '', nodeLink(a, {badge: false})]))] : null,
    s.date ? [h('dt', null, 'Date'), h('dd', null, s.date)] : null,
    s.kind ? [h('dt', null, 'Kind'), h('dd', null, s.kind)] : null,
    s.address ? [h('dt', null, 'Address'), h('dd', null, externalLink(s.address))] : null,
    h('dt', null, 'Text'), h('dd', null, s.fullText ? `${Array.from(s.fullText).length} characters, ${(s.quotes || []).length} quotes anchored` : 'not stored'));
  const out = [section('Source', meta)];
  if (!compact && s.statements?.length) out.push(section('Statements from this source', refList(s.statements)));
  return out;
}

function personInfo(p) {
  const out = [];
  if (p.holds?.length) out.push(section('Holds', refList(p.holds)));
  if (p.rejects?.length) out.push(section('Rejects', refList(p.rejects)));
  if (p.wrote?.length) out.push(section('Wrote', h('ul', {class: 'sources'}, p.wrote.map(sourceItem))));
  if (p.cruxes?.length) out.push(section('Cruxes', h('ul', {class: 'assertions'}, p.cruxes.map(cruxAssertion))));
  return out;
}
