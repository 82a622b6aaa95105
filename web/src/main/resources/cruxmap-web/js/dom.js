// DOM helpers. Data from the knowledge base goes in as text nodes: nothing here parses HTML.
import {TYPE_COLOR} from './kinds.js';

/** h('a', {href: '#/x', class: 'c', onclick: f}, 'text', child), or h('p', 'c', ...). */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(typeof attrs === 'string' ? {class: attrs} : attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : v);
  }
  return append(el, ...children);
}

/** "1 crux assertion", "2 crux assertions". */
export function plural(n, one, many = one + 's') {
  return `${n} ${n === 1 ? one : many}`;
}

export function append(el, ...children) {
  for (const c of children) {
    if (c == null || c === false) continue;
    if (Array.isArray(c)) append(el, ...c);
    else el.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return el;
}

export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, ...children);
}

export const joined = (items, f) => items.map((x, i) => [i ? ', ' : '', f(x)]);

export const section = (title, cls, ...body) => h('section', 'block ' + (cls || ''), h('h2', null, title), body);

/** f(item) in each <li>; with no items, null or the empty state `none`. */
export const list = (cls, items, f, none, tag = 'ul') => items?.length ? h(tag, cls, items.map(x => h('li', null, f(x)))) : none ? empty(none) : null;
export const refList = (refs, ordered, none) => list('refs', refs, r => [nodeLink(r), ' ', statusBadge(r.status)], none, ordered ? 'ol' : 'ul');

/** A table that scrolls sideways on a narrow screen. */
export const table = (cls, heads, rows, caption) => h('div', 'table-wrap', h('table', cls, caption,
  h('thead', null, h('tr', null, heads.map(t => h('th', {scope: 'col'}, t)))), h('tbody', null, rows)));

export const linkButton = (href, label) => h('a', {class: 'button', href}, label);
export const countLine = (...text) => h('p', {class: 'count', role: 'status'}, text);
export const ctl = (id, label, input) => h('span', 'ctl', h('label', {for: id}, label), input);
export const option = (value, label, selected) => h('option', {value, selected}, label);
export const nodeText = (text, ...shown) => text && !shown.includes(text) ? h('p', 'node-text', text) : null;
export const noneNamed = (root, what) => replace(root, h('h1', null, 'No ' + what + ' named'), empty('The address names no ' + what + '.'));

// Ids hold slashes (statement/x): each segment is encoded. A person's page is their position.
export const encodeId = id => String(id).split('/').map(encodeURIComponent).join('/');
/** #/person/elliott-thornley as well as #/person/person/elliott-thornley. */
export const idOf = (kind, rest) => rest.includes('/') ? rest : kind + '/' + rest;
export const nodeHref = (id, type) => (type === 'person' ? '#/person/' : '#/node/') + encodeId(id);
export const graphHref = (id, params) => '#/graph/' + encodeId(id) + (params ? '?' + params : '');
export const sourceHref = (id, quote) => '#/source/' + encodeId(id) + (quote ? '?quote=' + encodeURIComponent(quote) : '');
export const searchHref = (q, key = 'q') => `#/search?${key}=` + encodeURIComponent(q);
export const doubleCruxHref = (a, b) => '#/double-crux?' + new URLSearchParams({a, b});
/** Badges, the id (or a source's kind and date), the title. */
export const pageHead = (type, status, what, title, tag = 'h1', ...more) =>
  h('header', 'node-head', h('p', 'kicker', typeBadge(type), ' ', statusBadge(status), ' ', what), h(tag, null, title), more);
export const sourceTitle = s => s.label || s.title || s.id; // the label ("Thornley 2023, ..."), as search names it
export const sourceLink = s => h('a', {href: sourceHref(s.id)}, sourceTitle(s));

export function typeBadge(type) {
  type ||= 'unknown';
  const b = h('span', 'badge type-' + cssWord(type), type);
  b.style.background = TYPE_COLOR[type] || ''; // CSSOM, which the CSP allows
  return b;
}

const STATUS_HELP = {verified: 'read in the primary source', secondary: 'known from a secondary source', unverified: 'not yet checked against a source'};

export function statusBadge(status) {
  return status ? h('span', {class: 'badge status status-' + cssWord(status), title: STATUS_HELP[status] || status}, status) : null;
}

export function nodeLink(ref, opts = {}) {
  if (!ref) return null;
  const href = ref.type === 'source' && opts.sourceView ? sourceHref(ref.id) : nodeHref(ref.id, ref.type);
  return h('span', 'noderef', opts.badge === false ? null : [typeBadge(ref.type), ' '], h('a', {href}, ref.label || ref.id));
}
export const nameLink = ref => nodeLink(ref, {badge: false});

/** On the person's own page (theirs): "their belief", and no name. */
export const assertionItem = (a, theirs) => h('li', a.isCrux ? 'is-crux' : 'not-crux',
  nodeLink(a.crux), (a.isCrux ? ' is a crux for ' : ' is NOT a crux for ') + (theirs ? 'their belief ' : ''), nodeLink(a.cruxFor),
  a.agent && !theirs ? [' — for ', nameLink(a.agent)] : null,
  a.source ? [' (', sourceLink(a.source), ')'] : null);

// Acceptability: a mark and words as well as colour.
export function accBadge(label) {
  const [mark, meaning] = ACC[label] || [label];
  return label ? h('span', {class: 'badge acc acc-' + cssWord(label), title: meaning ? `${label}: ${meaning} (grounded semantics)` : label}, mark) : null;
}

const ACC = {in: ['✓ in', 'survives its attacks in the map'], out: ['✗ out', 'an accepted statement attacks it'], undec: ['? undec', 'neither']};
/** What the marks mean, in one line. */
export const accKey = () => Object.values(ACC).map(([mark, meaning]) => `${mark}: ${meaning}`).join('; ') + ' (grounded semantics).';

const cssWord = w => String(w).toLowerCase().replace(/[^a-z0-9-]/g, '-');

export const loading = (what, text = 'Loading ' + what + '…') => h('p', {class: 'state loading', role: 'status'}, text);

export const empty = text => h('p', 'state empty', text);

export const alertBox = (lead, ...body) => h('div', {class: 'state error', role: 'alert'}, h('strong', null, lead), body);

export const errorBox = (err, what) => alertBox(what ? 'Could not load ' + what + '. ' : 'Something went wrong. ', err.message || String(err),
  err.detail ? [h('br'), h('span', 'detail', err.detail)] : null);

/** Loading, then the data; on failure the error under a heading, and null (also if superseded). */
export async function loadInto(root, ctx, what, heading, load) {
  replace(root, loading(what));
  try {
    const data = await load();
    return ctx.isCurrent() ? data : null;
  } catch (e) {
    if (ctx.isCurrent()) replace(root, heading && h('h1', null, heading), errorBox(e, what));
    return null;
  }
}

export function download(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = h('a', {href: url, download: filename, class: 'visually-hidden'});
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

export const button = (label, onclick, attrs) => h('button', {type: 'button', onclick, ...attrs}, label);
export const downloadButton = (label, name, type, text) => button(label, () => download(new Blob([text()], {type}), name));

// Escaped text with <mark>…</mark>: only the mark tags count; the rest is text.
export function highlighted(escaped) {
  const frag = document.createDocumentFragment();
  let mark = null;
  for (const piece of String(escaped).split(/(<\/?mark>)/)) {
    if (piece === '<mark>') frag.appendChild(mark = h('mark'));
    else if (piece === '</mark>') mark = null;
    else if (piece) (mark || frag).appendChild(document.createTextNode(unescapeHtml(piece)));
  }
  return frag;
}

const ENTITIES = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'};

export function unescapeHtml(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? m;
    const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
  });
}

/** API offsets count Unicode code points; JS strings count UTF-16 units. */
export const codePoints = text => Array.from(text || '');

// Focus to the new view's heading, for keyboard and screen-reader users.
export function focusHeading(root) {
  const h1 = root.querySelector('h1');
  if (h1) { h1.setAttribute('tabindex', '-1'); h1.focus({preventScroll: true}); }
}
