// A source's text, each anchored quote marked and linked to its statement.
import {h, replace, pageHead, empty, nodeLink, nameLink, nodeHref, focusHeading, graphHref, joined, loadInto, section, idOf, list, linkButton,
  noneNamed} from '../dom.js';
import {sourceNode, markedText} from '../quotes.js';
import {externalLink} from './node.js';

/** #/source/<id>?quote=<quote id> */
export async function sourceView(root, r, ctx) {
  if (!r.rest) return noneNamed(root, 'source');
  const id = idOf('source', r.rest);
  const n = await loadInto(root, ctx, 'this source', id, () => sourceNode(id));
  if (!n) return;
  const s = n.source;
  if (!s) return replace(root, h('h1', null, n.label || n.id), empty('This node is not a source.'), h('p', null, h('a', {href: nodeHref(n.id)}, 'Open its page')));
  const title = s.title || n.label || n.id;
  ctx.setTitle(title);
  const quotes = s.quotes || [];
  const head = pageHead('source', n.status, [s.kind, s.date].filter(Boolean).join(' · '), title, 'h1',
    s.authors?.length ? h('p', 'byline', 'By ', joined(s.authors, nameLink)) : null,
    h('p', 'actions', linkButton(nodeHref(n.id), 'Source details'), linkButton(graphHref(n.id, 'depth=1&kinds=source'), 'Show in graph'),
      s.address ? externalLink(s.address) : null));
  if (!s.fullText) {
    const cited = list('refs', s.statements, nodeLink);
    return replace(root, head, empty('The text of this source is not stored, so its quotes cannot be shown in place.'),
      cited && section('Cited by', 'cited-by', cited), section('Quotes', 'quotes-block', quoteList(quotes)));
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

const quoteList = quotes => list('quotes', quotes, q => [h('q', null, q.exact || ''),
  (q.statements || []).map(st => h('div', null, '→ ', nodeLink(st))),
  Number.isInteger(q.start) ? h('span', 'offsets', ` ${q.start}–${q.end}`) : null], 'No quotes from this source yet.', 'ol');
