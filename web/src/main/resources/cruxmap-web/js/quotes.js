// Quotes inside their source text. API offsets count code points.
import {h, codePoints, sourceHref, nodeHref, sourceTitle} from './dom.js';
import {getJson, once} from './api.js';

export const sourceNode = id => once('source ' + id, () => getJson('/api/nodes/' + id));

// Anchored: the offsets pick exactly the quote's words out of the text.
function anchored(q, chars) {
  return Number.isInteger(q.start) && Number.isInteger(q.end) && q.start >= 0 && q.end <= chars.length
    && q.start < q.end && chars.slice(q.start, q.end).join('') === q.exact;
}

// Else the quote's own prefix and suffix (no text, or offsets that do not fit).
function quoteInContext(q, fullText, context = 220) {
  const chars = codePoints(fullText);
  const block = h('blockquote', 'in-source');
  if (fullText && anchored(q, chars)) {
    const from = Math.max(0, q.start - context), to = Math.min(chars.length, q.end + context);
    block.append(from > 0 ? '…' : '', chars.slice(from, q.start).join(''),
      h('mark', null, q.exact), chars.slice(q.end, to).join(''), to < chars.length ? '…' : '');
  } else {
    block.append(q.prefix ? '…' + q.prefix : '', h('mark', null, q.exact || ''), q.suffix ? q.suffix + '…' : '');
    if (fullText) block.append(h('span', 'warn', ' (the offsets do not match the stored text)'));
  }
  return block;
}

export async function quoteCard(q) {
  const src = q.source;
  const text = src?.id ? await sourceNode(src.id).then(n => n.source?.fullText, () => null) : null;
  return h('figure', 'quote', quoteInContext(q, text),
    h('figcaption', null,
      src ? h('a', {href: sourceHref(src.id, q.id)}, 'In ' + sourceTitle(src)) : 'Source unknown',
      Number.isInteger(q.start) ? h('span', 'offsets', ` · characters ${q.start}–${q.end}`) : null));
}

// Cut at every quote boundary, so overlapping quotes each keep their span.
export function markedText(fullText, quotes) {
  const chars = codePoints(fullText);
  const good = quotes.filter(q => anchored(q, chars));
  const points = [...new Set([0, chars.length, ...good.flatMap(q => [q.start, q.end])])].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i < points.length - 1; i++) {
    const a = points[i], b = points[i + 1];
    const piece = chars.slice(a, b).join('');
    const covering = good.filter(q => q.start <= a && q.end >= b);
    if (!covering.length) { pieces.push(piece); continue; }
    const statements = covering.flatMap(c => c.statements || []);
    pieces.push(h('mark', {class: 'quote-span' + (covering.length > 1 ? ' overlap' : ''), 'data-quote': covering[0].id || ''},
      statements.length ? h('a', {href: nodeHref(statements[0].id), title: 'Quoted by: ' + statements.map(s => s.label || s.id).join('; ')}, piece) : piece));
  }
  return {pieces, anchored: good.length, unanchored: quotes.filter(q => !good.includes(q))};
}
