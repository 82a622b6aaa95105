// A source's full text with every anchored quote marked and linked to the statement that quotes it.
import {h, replace, pageHead, empty, nodeLink, nodeHref, focusHeading, graphHref, joined, loadInto, section, idOf} from '../dom.js';
import {sourceNode, markedText} from '../quotes.js';
import {externalLink} from './node.js';

/** #/source/<id>?quote=<quote id> */
export async function sourceView(root, r, ctx) {
  if (!r.rest) return replace(root, h('h1', null, 'No source named'), empty('The address names no source.'));
  const id = idOf('source', r.rest);
  const n = await loadInto(root, ctx, 'this source', id, () => sourceNode(id));
  if (!n) return;
  const s = n.source;
  if (!s) return replace(root, h('h1', null, n.label || n.id), empty('This node is not a source.'), h('p', null, h('a', {href: nodeHref(n.id)}, 'Open its page')));
  const title = s.title || n.label || n.id;
  ctx.setTitle(title);
  const quotes = s.quotes || [];
  const head = pageHead('source', n.status, [s.kind, s.date].filter(Boolean).join(' · '), title, 'h1',
    s.authors?.length ? h('p', 'byline', 'By ', joined(s.authors, a => nodeLink(a, {badge: false}))) : null,
    h('p', 'actions', h('a', {class: 'button', href: nodeHref(n.id)}, 'Source details'),
      h('a', {class: 'button', href: graphHref(n.id, 'depth=1&kinds=source')}, 'Show in graph'),
      s.address ? externalLink(s.address) : null));
  if (!s.fullText) {
    return replace(root, head, empty('The text of this source is not stored, so its quotes cannot be shown in place.'),
      citedBy(s.statements || []), section('Quotes', 'quotes-block', quoteList(quotes)));
  }
  const marked = markedText(s.fullText, quotes);
  const text = h('div', {class: 'fulltext', 'aria-label': 'Full text'}, marked.pieces);
  replace(root, head,
    h('p', 'count', `${marked.anchored} of ${quotes.length} quotes marked in the text. Each mark links to the statement that quotes it.`),
    marked.unanchored.length ? h('p', 'notice', `${marked.unanchored.length} quotes could not be placed: their offsets do not match the text.`) : null,
    h('div', 'source-layout', text, h('aside', {class: 'quote-index', 'aria-label': 'Quotes in this source'}, h('h2', null, 'Quotes'), quoteList(quotes))));
  const want = r.params.get('quote');
  const marks = want ? [...text.querySelectorAll('mark[data-quote]')].filter(m => m.dataset.quote === want) : [];
  if (!marks.length) return focusHeading(root);
  marks.forEach(m => m.classList.add('current'));
  marks[0].scrollIntoView({block: 'center'});
  marks[0].querySelector('a')?.focus({preventScroll: true});
}

/** The statements that cite the source: what the page offers when there is no text to show. */
function citedBy(statements) {
  if (!statements.length) return null;
  return section('Cited by', 'cited-by', h('ul', 'refs', statements.map(st => h('li', null, nodeLink(st)))));
}

function quoteList(quotes) {
  if (!quotes.length) return empty('No quotes from this source yet.');
  return h('ol', 'quotes', quotes.map(q => h('li', null, h('q', null, q.exact || ''),
    (q.statements || []).map(st => h('div', null, '→ ', nodeLink(st))),
    Number.isInteger(q.start) ? h('span', 'offsets', ` ${q.start}–${q.end}`) : null)));
}
