// Graph plumbing: libraries load only for a graph; fitting uses node centres (no label measuring).
import {shortLabel, looks} from './graph-style.js';
import {h} from './dom.js';

const CORE = '/webjars/cytoscape/3.33.1/dist/cytoscape.min.js';
const FORCE = ['/webjars/layout-base/2.0.1/layout-base.js', '/webjars/cose-base/2.2.0/cose-base.js', '/webjars/cytoscape-fcose/2.2.0/cytoscape-fcose.js'];
const loaded = new Map();

function script(src) {
  if (!loaded.has(src)) {
    loaded.set(src, new Promise((resolve, reject) => {
      const s = h('script', {src, onload: resolve, onerror: () => { loaded.delete(src); reject(new Error('The graph library did not load (' + src + ').')); }});
      s.async = false; // load at once, run in order
      document.head.appendChild(s);
    }));
  }
  return loaded.get(src);
}

export async function loadGraphLibs(force) {
  await Promise.all([CORE, ...(force ? FORCE : [])].map(script));
  const cy = window.cytoscape;
  if (force && !cy.__cruxmapFcose) { cy.use(window.cytoscapeFcose); cy.__cruxmapFcose = true; }
  return cy;
}

/** Above this many nodes, labels are short, on one line. */
export const BIG = 250;

/** Cytoscape elements of an API graph not yet in `have` (ids; updated). */
export function elementsOf(g, focus, have, big) {
  const out = [];
  for (const n of g.nodes) {
    if (have.has(n.id)) continue;
    have.add(n.id);
    out.push({group: 'nodes', data: {id: n.id, type: n.type, label: n.label || n.id, short: shortLabel(n.label, n.id, big ? 28 : 60),
      status: n.status || '', ...looks(n.type)}, classes: n.id === focus ? 'focus' : ''});
  }
  for (const e of g.edges) {
    const id = e.id || `${e.source}|${e.kind}|${e.target}`;
    if (have.has(id) || !have.has(e.source) || !have.has(e.target)) continue;
    have.add(id);
    out.push({group: 'edges', data: {id, source: e.source, target: e.target, kind: e.kind, ...looks(null, e.kind)}});
  }
  return out;
}

export function fitViewport(points, w, h, pad = 30, maxZoom = 1.3) {
  let x1 = Infinity, y1 = Infinity, x2 = -Infinity, y2 = -Infinity;
  for (const p of points) {
    if (p.x < x1) x1 = p.x; if (p.x > x2) x2 = p.x;
    if (p.y < y1) y1 = p.y; if (p.y > y2) y2 = p.y;
  }
  if (x1 === Infinity) return {zoom: 1, pan: {x: w / 2, y: h / 2}};
  x1 -= 25; x2 += 25; y1 -= 25; y2 += 45; // node size and the label below it
  const zoom = Math.max(0.05, Math.min(maxZoom, (w - 2 * pad) / (x2 - x1), (h - 2 * pad) / (y2 - y1)));
  return {zoom, pan: {x: w / 2 - zoom * (x1 + x2) / 2, y: h / 2 - zoom * (y1 + y2) / 2}};
}

export function fitNodes(cy, animate) {
  const vp = fitViewport(cy.nodes().map(n => n.position()), cy.width(), cy.height());
  if (animate) cy.animate(vp, {duration: 250}); else cy.viewport(vp);
}
