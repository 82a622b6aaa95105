// Layered layout: conclusions on top. Ranks are longest paths; barycentre ordering cuts crossings.
import {UPWARD} from './kinds.js';

/** {id: {x, y}}: an upward edge puts its source below its target; a source edge, above. */
export function layeredPositions(nodeIds, edges, gapX = 190, gapY = 150) {
  const parents = new Map(nodeIds.map(id => [id, []]));
  const children = new Map(nodeIds.map(id => [id, []]));
  const link = (below, above) => {
    if (below === above || !parents.has(below) || !parents.has(above)) return;
    parents.get(below).push(above);
    children.get(above).push(below);
  };
  for (const e of edges) {
    if (UPWARD.has(e.kind)) link(e.source, e.target);
    else if (e.kind === 'source') link(e.target, e.source);
  }
  // Longest path from the top; an edge back into the current path (a cycle) is ignored.
  const rank = new Map();
  const state = new Map();
  const visit = start => {
    const stack = [[start, 0]];
    state.set(start, 1);
    while (stack.length) {
      const top = stack[stack.length - 1], [id, i] = top, ps = parents.get(id);
      if (i < ps.length) {
        top[1]++;
        const p = ps[i];
        if (!state.has(p)) { state.set(p, 1); stack.push([p, 0]); }
        continue;
      }
      let r = 0;
      for (const p of ps) if (state.get(p) === 2) r = Math.max(r, rank.get(p) + 1);
      rank.set(id, r);
      state.set(id, 2);
      stack.pop();
    }
  };
  for (const id of nodeIds) if (!state.has(id)) visit(id);

  const layers = [];
  for (const id of nodeIds) (layers[rank.get(id) || 0] ||= []).push(id);
  for (let i = 0; i < layers.length; i++) layers[i] ||= [];
  const order = new Map();
  layers.forEach(l => l.forEach((id, i) => order.set(id, i)));
  const bary = (id, nbrs) => {
    const xs = nbrs(id).map(n => order.get(n)).filter(x => x !== undefined);
    return xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : order.get(id);
  };
  for (let sweep = 0; sweep < 6; sweep++) {
    const down = sweep % 2 === 0;
    const seq = down ? layers.slice(1) : layers.slice(0, -1).reverse();
    for (const layer of seq) {
      const b = new Map(layer.map(id => [id, bary(id, down ? x => parents.get(x) : x => children.get(x))]));
      layer.sort((a, c) => b.get(a) - b.get(c));
      layer.forEach((id, i) => order.set(id, i));
    }
  }
  // Wide layers wrap into staggered rows.
  const perRow = Math.max(10, Math.ceil(Math.sqrt(nodeIds.length) * 2));
  const pos = {};
  let y = 0;
  for (const layer of layers) {
    const rows = Math.max(1, Math.ceil(layer.length / perRow));
    for (let r = 0; r < rows; r++) {
      const row = layer.slice(r * perRow, (r + 1) * perRow);
      const offset = (rows > 1 && r % 2 ? gapX / 2 : 0) - ((row.length - 1) * gapX) / 2;
      row.forEach((id, i) => { pos[id] = {x: offset + i * gapX, y}; });
      y += rows > 1 ? gapY * 0.6 : gapY;
    }
    if (rows > 1) y += gapY * 0.4;
  }
  return pos;
}
