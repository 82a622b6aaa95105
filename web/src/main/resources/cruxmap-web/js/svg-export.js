// The graph as SVG, from the canvas's element data; DOM calls, so every label is escaped.
import {ACC_STYLE, ACC_OFFSET, accOf} from './graph-style.js';

const NS = 'http://www.w3.org/2000/svg';
const DASH = {dashed: '8 5', dotted: '2 4'};
const ARROW = {triangle: 'M0,0 L10,5 L0,10 z', vee: 'M0,0 L10,5 L0,10 L4,5 z', tee: 'M7,0 L10,0 L10,10 L7,10 z', diamond: 'M0,5 L5,0 L10,5 L5,10 z'};

function el(tag, attrs, ...children) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v != null) e.setAttribute(k, v);
  e.append(...children);
  return e;
}

export function graphToSvg(cy, title) {
  const bb = cy.elements().boundingBox({includeLabels: true}), pad = 20;
  const box = {x: bb.x1 - pad, y: bb.y1 - pad, width: Math.round(bb.w + 2 * pad), height: Math.round(bb.h + 2 * pad)};
  const defs = el('defs'), markers = new Set();
  const edges = cy.edges(':visible').map(e => {
    const kind = e.data('kind'), st = e.data();
    const s = e.source().position(), t = e.target().position();
    const r = Math.max(e.target().width(), e.target().height()) / 2 + 3, len = Math.hypot(t.x - s.x, t.y - s.y) || 1;
    const id = 'arrow-' + kind.replace(/[^a-z-]/g, ''), arrow = st.arrow !== 'none';
    if (arrow && !markers.has(id)) {
      markers.add(id);
      defs.append(el('marker', {id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse'},
        el('path', {d: ARROW[st.arrow] || ARROW.triangle, fill: st.color})));
    }
    return el('line', {x1: s.x, y1: s.y, x2: t.x - (t.x - s.x) / len * r, y2: t.y - (t.y - s.y) / len * r, stroke: st.color, 'stroke-width': 2,
      'stroke-dasharray': DASH[st.line], 'marker-end': arrow ? `url(#${id})` : null},
    el('title', null, `${e.source().data('label')} ${kind} ${e.target().data('label')}`));
  });
  const nodes = cy.nodes(':visible').map(n => {
    const type = n.data('type'), st = n.data(), status = st.status;
    const p = n.position(), w = n.width(), h = n.height();
    const acc = accOf(n);
    return el('g', {class: 'node ' + type}, el('title', null, n.data('label') || n.id()),
      acc ? ring(acc, st.shape, p, w, h) : '',
      shape(st.shape, p, w, h, {fill: st.color, 'fill-opacity': acc === 'out' ? 0.55 : null, stroke: '#1a202c',
        'stroke-width': n.hasClass('focus') ? 5 : 2, 'stroke-dasharray': {secondary: '5 3', unverified: '2 3'}[status]}),
      ...lines(n.data('short') || '', 24).map((line, i) => el('text', {x: p.x, y: p.y + h / 2 + 14 + i * 13, 'text-anchor': 'middle', fill: '#1a202c'}, line)));
  });
  const svg = el('svg', {xmlns: NS, viewBox: `${box.x} ${box.y} ${box.width} ${box.height}`, width: box.width, height: box.height,
    'font-family': 'system-ui, sans-serif', 'font-size': 11},
  el('title', null, title || 'Cruxmap graph'), el('rect', {...box, fill: '#ffffff'}), defs, el('g', {class: 'edges'}, ...edges), el('g', {class: 'nodes'}, ...nodes));
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg);
}

// Cytoscape's outline: the shape grown by the offset; double is two thin lines.
function ring(label, kind, p, w, h) {
  const st = ACC_STYLE[label], t = st.width;
  return el('g', {class: 'acc-ring acc-' + label, fill: 'none', stroke: st.color},
    ...(st.line === 'double' ? [[t / 3, t / 6], [t / 3, t * 5 / 6]] : [[t, t / 2]]).map(([sw, d]) =>
      shape(kind, p, w + 2 * (ACC_OFFSET + d), h + 2 * (ACC_OFFSET + d), {'stroke-width': sw, 'stroke-dasharray': DASH[st.line]})));
}

function shape(kind, p, w, h, attrs) {
  const x = p.x - w / 2, y = p.y - h / 2;
  const poly = pts => el('polygon', {points: pts.map(([a, b]) => `${x + a * w},${y + b * h}`).join(' '), ...attrs});
  if (kind === 'ellipse') return el('ellipse', {cx: p.x, cy: p.y, rx: w / 2, ry: h / 2, ...attrs});
  if (kind === 'diamond') return poly([[.5, 0], [1, .5], [.5, 1], [0, .5]]);
  if (kind === 'triangle') return poly([[.5, 0], [1, 1], [0, 1]]);
  if (kind === 'hexagon') return poly([[0, .5], [.25, 0], [.75, 0], [1, .5], [.75, 1], [.25, 1]]);
  return el('rect', {x, y, width: w, height: h, rx: kind === 'round-rectangle' ? 6 : null, ...attrs});
}

// Up to four lines of at most `width` characters.
function lines(text, width) {
  const out = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = out.length - 1;
    if (last >= 0 && (out[last] + ' ' + word).length <= width) out[last] += ' ' + word; else out.push(word);
  }
  return out.slice(0, 4);
}
