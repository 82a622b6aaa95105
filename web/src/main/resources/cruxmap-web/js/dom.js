// DOM helpers. Everything that comes from the knowledge base goes in as text nodes: nothing here
// ever parses a string as HTML.

/** Makes an element: h('a', {href: '#/x', class: 'c'}, 'text', child). Attributes are set one by one. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [k, v] of Object.entries(attrs)) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') el.className = v;
      else if (k.startsWith('on') && typeof v === 'function') el.addEventListener(k.slice(2), v);
      else if (k === 'dataset') Object.assign(el.dataset, v);
      else if (v === true) el.setAttribute(k, '');
      else el.setAttribute(k, String(v));
    }
  }
  append(el, ...children);
  return el;
}

/** Appends children: strings become text nodes, arrays are flattened, null is skipped. */
export function append(el, ...children) {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    if (Array.isArray(c)) append(el, ...c);
    else if (c instanceof Node) el.appendChild(c);
    else el.appendChild(document.createTextNode(String(c)));
  }
  return el;
}

/** Empties an element and fills it again. */
export function replace(el, ...children) {
  el.replaceChildren();
  return append(el, ...children);
}

/** The hash link of a node's page (a person's is their position). Ids hold slashes (statement/x); each segment is encoded. */
export function nodeHref(id, type) { return (type === 'person' ? '#/person/' : '#/node/') + encodeId(id); }
export function graphHref(id, params) { return '#/graph/' + encodeId(id) + (params ? '?' + params : ''); }
export function sourceHref(id, quote) { return '#/source/' + encodeId(id) + (quote ? '?quote=' + encodeURIComponent(quote) : ''); }
export function encodeId(id) { return String(id).split('/').map(encodeURIComponent).join('/'); }

/** A small coloured word naming a node type (claim, crux, ...). */
export function typeBadge(type) {
  const t = type || 'unknown';
  return h('span', {class: 'badge type-' + cssWord(t)}, t);
}

/** A badge for the epistemic status (verified, secondary, unverified). */
export function statusBadge(status) {
  if (!status) return null;
  return h('span', {class: 'badge status status-' + cssWord(status), title: STATUS_HELP[status] || status}, status);
}

const STATUS_HELP = {
  verified: 'read in the primary source',
  secondary: 'known from a secondary source',
  unverified: 'not yet checked against a source',
};

/** A link to a node (NodeRef {id, type, label, status}) with its type badge. */
export function nodeLink(ref, opts = {}) {
  if (!ref) return null;
  const label = ref.label || ref.id;
  const href = ref.type === 'source' && opts.sourceView ? sourceHref(ref.id) : nodeHref(ref.id, ref.type);
  return h('span', {class: 'noderef'}, opts.badge === false ? null : typeBadge(ref.type), ' ', h('a', {href}, label));
}

/** A badge for a grounded acceptability label (in, out, undec), its meaning in words as well as colour. */
export function accBadge(label) {
  if (!label) return null;
  return h('span', {class: 'badge acc acc-' + cssWord(label), title: ACC_HELP[label] || label}, ACC_MARK[label] || label);
}

/** Acceptability label -> what it means and a mark that does not rely on colour. */
export const ACC_HELP = {
  in: 'in: accepted under grounded semantics (survives its attacks)',
  out: 'out: rejected under grounded semantics (an accepted node attacks it)',
  undec: 'undecided under grounded semantics',
};
const ACC_MARK = {in: '✓ in', out: '✗ out', undec: '? undec'};

/** A safe class-name fragment from a word. */
export function cssWord(w) { return String(w).toLowerCase().replace(/[^a-z0-9-]/g, '-'); }

/** A loading line. */
export function loading(what) { return h('p', {class: 'state loading', role: 'status'}, 'Loading ' + what + '…'); }

/** An empty-state line. */
export function empty(text) { return h('p', {class: 'state empty'}, text); }

/** An error box from an ApiError (see api.js) or any Error. */
export function errorBox(err, what) {
  const box = h('div', {class: 'state error', role: 'alert'});
  append(box, [h('strong', null, what ? 'Could not load ' + what + '. ' : 'Something went wrong. '), err.message || String(err)]);
  if (err.detail) append(box, [h('br'), h('span', {class: 'detail'}, err.detail)]);
  return box;
}

/** Starts a file download of a Blob. */
export function download(blob, filename) {
  const url = URL.createObjectURL(blob);
  const a = h('a', {href: url, download: filename, class: 'visually-hidden'});
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

/**
 * Renders a search highlight: HTML-escaped text with <mark>…</mark> around matches. The string is
 * split on the two mark tags; every other piece is un-escaped and added as a text node, so any
 * other markup shows as literal text and nothing is ever parsed as HTML.
 */
export function highlighted(escaped) {
  const frag = document.createDocumentFragment();
  let mark = null;
  for (const piece of String(escaped).split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') { mark = h('mark'); frag.appendChild(mark); continue; }
    if (piece === '</mark>') { mark = null; continue; }
    if (piece) (mark || frag).appendChild(document.createTextNode(unescapeHtml(piece)));
  }
  return frag;
}

const ENTITIES = {amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0'};

/** Un-escapes the entities an HTML escaper produces (&amp; &lt; &gt; &quot; &#39; &#x27; ...). */
export function unescapeHtml(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (m, e) => {
    if (e[0] === '#') {
      const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : m;
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** Code-point slice: API offsets count Unicode code points, JS strings count UTF-16 units. */
export function codePoints(text) { return Array.from(text || ''); }

/** Moves focus to the new view's heading so keyboard and screen-reader users land in it. */
export function focusHeading(root) {
  const h1 = root.querySelector('h1');
  if (h1) { h1.setAttribute('tabindex', '-1'); h1.focus({preventScroll: true}); }
}
