// A node's page: words, holders, quotes in their source, relations by kind.
import {h, replace, pageHead, statusBadge, nodeLink, nameLink, nodeHref, graphHref, sourceHref, sourceLink, sourceTitle, errorBox, focusHeading,
  joined, section, loading, list, refList, linkButton, nodeText, noneNamed, searchHref, assertionItem} from '../dom.js';
import {getJson} from '../api.js';
import {phrase, KINDS} from '../kinds.js';
import {quoteCard} from '../quotes.js';

/** #/node/<id> */
export async function nodeView(root, r, ctx) {
  if (!r.rest) return noneNamed(root, 'node');
  replace(root, loading('the node'));
  let n;
  try {
    n = await getJson('/api/nodes/' + r.rest);
  } catch (e) {
    if (ctx.isCurrent()) replace(root, h('h1', null, r.rest), errorBox(e, 'this node'),
      e.status === 404 ? h('p', null, h('a', {href: searchHref(r.rest.split('/').pop())}, 'Search for it')) : null);
    return;
  }
  if (!ctx.isCurrent()) return;
  ctx.setTitle(n.label || n.id);
  replace(root, ...(await renderNode(n)));
  focusHeading(root);
}

// Rows without a value are left out.
const dl = (cls, rows) => h('dl', cls, rows.filter(([, v]) => v != null && v !== false).map(([t, v]) => [h('dt', null, t), h('dd', null, v)]));

/** A node page's parts; compact (fewer) for the graph's panel. */
export async function renderNode(n, compact = false) {
  const parts = [
    pageHead(n.type, n.status, h('code', 'id', n.id), n.label || n.id, compact ? 'h2' : 'h1'),
    nodeText(n.text, n.label),
    h('p', 'actions', linkButton(graphHref(n.id, 'depth=2'), 'Show in graph'),
      n.type === 'source' ? linkButton(sourceHref(n.id), 'Read the source text') : null,
      compact ? linkButton(nodeHref(n.id), 'Open page') : null)];
  const add = (title, body) => body && parts.push(section(title, '', body)); // if not empty
  if (n.tags?.length || n.sections?.length) {
    parts.push(h('p', 'tags', (n.tags || []).map(t => [h('a', {class: 'tag', href: searchHref(t, 'tag')}, '#' + t), ' ']),
      (n.sections || []).map(s => [h('span', 'section', '§ ' + s), ' '])));
  }
  if (n.holders?.length || n.rejecters?.length) {
    parts.push(dl('people', [['Held by', refList(n.holders)], ['Rejected by', refList(n.rejecters)]]));
  }
  if (n.premises?.length || n.conclusions?.length) {
    add('Structure', dl('', [['Premises', refList(n.premises, true)], ['Conclusion', refList(n.conclusions)],
      ['Inference', n.inferenceRules?.join(', ') || null]]));
  }
  if (n.quotes?.length) add(n.quotes.length === 1 ? 'Quote' : 'Quotes (' + n.quotes.length + ')', await Promise.all(n.quotes.map(quoteCard)));
  add('Sources', n.type !== 'source' && sourceList(n.sources));
  const rel = relations(n);
  add('Relations', rel.length && h('div', 'relations', rel));
  add('Crux assertions', assertions(n.cruxAssertions));
  add('Who asserted these relations', !compact && provenance(n.relationProvenance));
  const s = n.source;
  if (s) {
    add('Source', dl('meta', [['Title', s.title], ['Authors', s.authors?.length ? joined(s.authors, nameLink) : null],
      ['Date', s.date], ['Kind', s.kind], ['Address', s.address && externalLink(s.address)],
      ['Text', s.fullText ? `${Array.from(s.fullText).length} characters, ${(s.quotes || []).length} quotes anchored` : 'not stored']]));
    add('Statements from this source', !compact && refList(s.statements));
  }
  const p = n.person;
  if (p) {
    add('Holds', refList(p.holds));
    add('Rejects', refList(p.rejects));
    add('Wrote', sourceList(p.wrote));
    add('Cruxes', assertions(p.cruxes));
  }
  return parts;
}

export const sourceList = (sources, none) => list('sources', sources, s => [
  nodeLink({id: s.id, type: 'source', label: sourceTitle(s)}, {sourceView: true}),
  s.status ? [' ', statusBadge(s.status)] : null, s.address ? [' · ', externalLink(s.address)] : null], none);

/** A link out, only for http(s) addresses; anything else is text. */
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

const assertions = items => items?.length && h('ul', 'assertions', items.map(a => assertionItem(a)));

function provenance(rels) {
  return list('provenance', rels, p => [
    nameLink(p.from), ' ', h('em', null, phrase(p.kind, false)), ' ', nameLink(p.to),
    p.assertedBy?.length ? [' — asserted by ', joined(p.assertedBy, nameLink)] : null,
    p.sources?.length ? [' in ', joined(p.sources, sourceLink)] : null,
    p.status ? [' ', statusBadge(p.status)] : null]);
}
