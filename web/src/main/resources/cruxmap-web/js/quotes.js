// Quotes inside their source text. Offsets from the API count Unicode code points.
import {h, codePoints, sourceHref, nodeHref} from './dom.js';
import {getJson} from './api.js';

const sources = new Map();

/** A source node (with fullText), fetched once per page load. */
export function sourceNode(id) {
  if (!sources.has(id)) sources.set(id, getJson('/api/nodes/' + id).catch(e => { sources.delete(id); throw e; }));
  return sources.get(id);
}

/** True when the quote's offsets pick exactly its words out of the text. */
export function anchored(quote, chars) {
  return Number.isInteger(quote.start) && Number.isInteger(quote.end) && quote.start >= 0 && quote.end <= chars.length
    && quote.start < quote.end && chars.slice(quote.start, quote.end).join('') === quote.exact;
}

/**
 * A quote shown in its source text: `context` code points either side, the span marked. Falls back
 * to the quote's own prefix and suffix when the text is not stored or the offsets do not fit.
 */
export function quoteInContext(quote, fullText, context = 220) {
  const chars = codePoints(fullText);
  const block = h('blockquote', {class: 'in-source'});
  if (fullText && anchored(quote, chars)) {
    const from = Math.max(0, quote.start - context);
    const to = Math.min(chars.length, quote.end + context);
    block.append(from > 0 ? '…' : '', chars.slice(from, quote.start).join(''),
      h('mark', null, quote.exact), chars.slice(quote.end, to).join(''), to < chars.length ? '…' : '');
  } else {
    block.append(quote.prefix ? '…' + quote.prefix : '', h('mark', null, quote.exact || ''), quote.suffix ? quote.suffix + '…' : '');
    if (fullText) block.append(h('span', {class: 'warn'}, ' (the offsets do not match the stored text)'));
  }
  return block;
}

/** A quote card for a node page: the words in context, where they are, and a link into the source. */
export async function quoteCard(quote) {
  const src = quote.source;
  let text = null;
  if (src && src.id) {
    try { text = (await sourceNode(src.id)).source?.fullText || null; } catch (e) { text = null; }
  }
  return h('figure', {class: 'quote'},
    quoteInContext(quote, text),
    h('figcaption', null,
      src ? h('a', {href: sourceHref(src.id, quote.id)}, 'In ' + (src.title || src.label || src.id)) : 'Source unknown',
      Number.isInteger(quote.start) ? h('span', {class: 'offsets'}, ` · characters ${quote.start}–${quote.end}`) : null));
}

/**
 * The full text of a source cut into pieces at every quote boundary, so overlapping quotes each
 * keep their own span. Returns elements: plain text nodes and marks linking to the statements.
 */
export function markedText(fullText, quotes) {
  const chars = codePoints(fullText);
  const good = quotes.filter(q => anchored(q, chars));
  const cuts = new Set([0, chars.length]);
  good.forEach(q => { cuts.add(q.start); cuts.add(q.end); });
  const points = [...cuts].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    const piece = chars.slice(a, b).join('');
    const covering = good.filter(q => q.start <= a && q.end >= b);
    if (!covering.length) { out.push(document.createTextNode(piece)); continue; }
    const q = covering[0];
    const statements = covering.flatMap(c => c.statements || []);
    const first = statements[0];
    const title = statements.map(s => s.label || s.id).join('; ');
    const mark = h('mark', {class: 'quote-span' + (covering.length > 1 ? ' overlap' : ''), dataset: {quote: q.id || ''}});
    mark.appendChild(first ? h('a', {href: nodeHref(first.id), title: 'Quoted by: ' + title}, piece) : document.createTextNode(piece));
    out.push(mark);
  }
  return {pieces: out, anchored: good.length, unanchored: quotes.filter(q => !good.includes(q))};
}
