// The graph as an SVG file, drawn as the canvas draws it; built with DOM calls, so every label is escaped.
import {NODE_STYLE, EDGE_STYLE} from './kinds.js';
import {ACC_STYLE, ACC_OFFSET} from './graph-style.js';

const NS = 'http://www.w3.org/2000/svg';
const DASH = {dashed: '8 5', dotted: '2 4', solid: null};

function el(tag, attrs, text) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) if (v !== null && v !== undefined) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

export function graphToSvg(cy, title) {
  const bb = cy.elements().boundingBox({includeLabels: true});
  const pad = 20;
  const svg = el('svg', {xmlns: NS, viewBox: `${bb.x1 - pad} ${bb.y1 - pad} ${bb.w + 2 * pad} ${bb.h + 2 * pad}`,
    width: Math.round(bb.w + 2 * pad), height: Math.round(bb.h + 2 * pad), 'font-family': 'system-ui, sans-serif', 'font-size': 11});
  svg.appendChild(el('title', null, title || 'Cruxmap graph'));
  svg.appendChild(el('rect', {x: bb.x1 - pad, y: bb.y1 - pad, width: bb.w + 2 * pad, height: bb.h + 2 * pad, fill: '#ffffff'}));
  const defs = el('defs');
  svg.appendChild(defs);
  const markers = new Set();
  const edges = el('g', {class: 'edges'});
  cy.edges(':visible').forEach(e => {
    const kind = e.data('kind');
    const st = EDGE_STYLE[kind] || {color: '#718096', line: 'solid', arrow: 'triangle'};
    const s = e.source().position(), t = e.target().position();
    const r = Math.max(e.target().width(), e.target().height()) / 2 + 3;
    const len = Math.hypot(t.x - s.x, t.y - s.y) || 1;
    const end = {x: t.x - ((t.x - s.x) / len) * r, y: t.y - ((t.y - s.y) / len) * r};
    const markerId = 'arrow-' + kind.replace(/[^a-z-]/g, '');
    if (st.arrow !== 'none' && !markers.has(markerId)) { markers.add(markerId); defs.appendChild(marker(markerId, st)); }
    const line = el('line', {x1: s.x, y1: s.y, x2: end.x, y2: end.y, stroke: st.color, 'stroke-width': 2,
      'stroke-dasharray': DASH[st.line], 'marker-end': st.arrow !== 'none' ? `url(#${markerId})` : null});
    line.appendChild(el('title', null, `${e.source().data('label')} ${kind} ${e.target().data('label')}`));
    edges.appendChild(line);
  });
  svg.appendChild(edges);
  const nodes = el('g', {class: 'nodes'});
  cy.nodes(':visible').forEach(n => {
    const type = n.data('type');
    const st = NODE_STYLE[type] || NODE_STYLE.unknown;
    const p = n.position(), w = n.width(), hh = n.height();
    const g = el('g', {class: 'node ' + type});
    g.appendChild(el('title', null, n.data('label') || n.id()));
    const status = n.data('status');
    const acc = Object.keys(ACC_STYLE).find(l => n.hasClass('acc-' + l));
    if (acc) g.appendChild(ring(acc, st.shape, p, w, hh));
    g.appendChild(shape(st.shape, p, w, hh, {fill: st.color, 'fill-opacity': acc === 'out' ? 0.55 : null, stroke: '#1a202c',
      'stroke-width': n.hasClass('focus') ? 5 : 2, 'stroke-dasharray': status === 'secondary' ? '5 3' : status === 'unverified' ? '2 3' : null}));
    lines(n.data('short') || '', 24).forEach((line, i) => {
      g.appendChild(el('text', {x: p.x, y: p.y + hh / 2 + 14 + i * 13, 'text-anchor': 'middle', fill: '#1a202c'}, line));
    });
    nodes.appendChild(g);
  });
  svg.appendChild(nodes);
  return '<?xml version="1.0" encoding="UTF-8"?>\n' + new XMLSerializer().serializeToString(svg);
}

// Cytoscape's outline: the shape grown by the offset; a double line is two thin ones.
function ring(label, kind, p, w, h) {
  const st = ACC_STYLE[label], t = st.width;
  const g = el('g', {class: 'acc-ring acc-' + label, fill: 'none', stroke: st.color});
  for (const [sw, d] of st.line === 'double' ? [[t / 3, t / 6], [t / 3, t * 5 / 6]] : [[t, t / 2]]) {
    g.appendChild(shape(kind, p, w + 2 * (ACC_OFFSET + d), h + 2 * (ACC_OFFSET + d), {'stroke-width': sw, 'stroke-dasharray': DASH[st.line]}));
  }
  return g;
}

function marker(id, st) {
  const m = el('marker', {id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse'});
  const paths = {
    triangle: 'M0,0 L10,5 L0,10 z', vee: 'M0,0 L10,5 L0,10 L4,5 z', tee: 'M7,0 L10,0 L10,10 L7,10 z', diamond: 'M0,5 L5,0 L10,5 L5,10 z',
  };
  m.appendChild(el('path', {d: paths[st.arrow] || paths.triangle, fill: st.color}));
  return m;
}

function shape(kind, p, w, h, attrs) {
  const x = p.x - w / 2, y = p.y - h / 2;
  switch (kind) {
    case 'ellipse': return el('ellipse', {cx: p.x, cy: p.y, rx: w / 2, ry: h / 2, ...attrs});
    case 'diamond': return el('polygon', {points: `${p.x},${y} ${x + w},${p.y} ${p.x},${y + h} ${x},${p.y}`, ...attrs});
    case 'triangle': return el('polygon', {points: `${p.x},${y} ${x + w},${y + h} ${x},${y + h}`, ...attrs});
    case 'hexagon': return el('polygon', {points: [[0, .5], [.25, 0], [.75, 0], [1, .5], [.75, 1], [.25, 1]].map(([a, b]) => `${x + a * w},${y + b * h}`).join(' '), ...attrs});
    case 'round-rectangle': return el('rect', {x, y, width: w, height: h, rx: 6, ...attrs});
    default: return el('rect', {x, y, width: w, height: h, ...attrs});
  }
}

function lines(text, width) {
  const out = [];
  let cur = '';
  for (const word of text.split(/\s+/)) {
    if (cur && (cur + ' ' + word).length > width) { out.push(cur); cur = word; } else cur = cur ? cur + ' ' + word : word;
  }
  if (cur) out.push(cur);
  return out.slice(0, 4);
}
